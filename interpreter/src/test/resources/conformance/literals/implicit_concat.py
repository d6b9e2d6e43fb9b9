s = 'abc' "def" '''ghi'''
print(s)
t = ('line one '
     'line two '
     "line three")
print(t)
print(len('a' 'b' 'c'))
u = r'\n' '\n'
print(repr(u))
x = 5
print(f'{x}' 'y' f'{x + 1}')
b = b'ab' b'cd'
print(b)
