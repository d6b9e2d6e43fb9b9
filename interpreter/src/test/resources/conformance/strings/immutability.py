s = 'hello'
t = s
s += ' world'
print(s, '|', t)
u = s.upper()
print(s, u)
s2 = s.replace('world', 'there')
print(s, '|', s2)
lst = list(s)
lst[0] = 'J'
print(''.join(lst), s)
