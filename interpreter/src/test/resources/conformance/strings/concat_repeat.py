s = 'ab'
print(s + 'cd', s * 3, 3 * s, s * 0, s * -2)
print(repr('' * 100), ('x' + 'y') * 2)
t = s
t += 'c'
print(s, t)
u = '-' * 10
print(u, len(u))
print('=' * 3 + '>' + ' ' * 2 + '|')
