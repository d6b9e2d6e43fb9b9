t = (1, [2, 3])
t[1].append(4)
print(t)
try:
    t[0] = 9
except TypeError as e:
    print('TypeError', e)
u = t
t += (5,)
print(t, u, t is u)
print(hash((1, 2)) == hash((1, 2)))
