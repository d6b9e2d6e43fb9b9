s = 'banana'
print(s.replace('a', 'o'))
print(s.replace('a', 'o', 2))
print(s.replace('an', ''))
print(s.replace('', '-'))
print(s.replace('x', 'y'), s.replace('banana', ''))
print('aaa'.replace('aa', 'b'))
print(s.replace('a', 'A', 0), s)
