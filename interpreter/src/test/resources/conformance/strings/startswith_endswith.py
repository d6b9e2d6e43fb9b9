s = 'hello.py'
print(s.startswith('he'), s.startswith('py'), s.endswith('.py'), s.endswith('.txt'))
print(s.startswith(('a', 'h')), s.endswith(('.js', '.py')))
print(s.startswith(''), s.endswith(''))
print(s.startswith('llo', 2), s.startswith('llo', 3), s.endswith('hello', 0, 5))
print(''.startswith(''), ''.endswith('a'))
