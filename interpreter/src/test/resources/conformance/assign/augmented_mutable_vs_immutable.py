a = [1]
b = a
a += [2]
print(a, b, a is b)
a = a + [3]
print(a, b, a is b)
t = (1,)
u = t
t += (2,)
print(t, u, t is u)
s = 'x'
s2 = s
s *= 3
print(s, s2)
d = {'k': [0]}
d['k'] += [1]
print(d)
