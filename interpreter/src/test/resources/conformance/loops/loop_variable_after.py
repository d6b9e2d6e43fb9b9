for i in range(5):
    pass
print(i)
for ch in 'abc':
    pass
print(ch)
for a, b in [(1, 2), (3, 4)]:
    pass
print(a, b)
i = 'unchanged'
for i in []:
    pass
print(i)
