names = ['ann', 'bob', 'cid']
ages = [30, 25]
for i, n in enumerate(names):
    print(i, n)
for i, n in enumerate(names, start=1):
    print(i, n)
for n, a in zip(names, ages):
    print(n, a)
print(list(zip(names, ages, 'xyz')), list(zip()))
print(list(enumerate('ab', 10)))
