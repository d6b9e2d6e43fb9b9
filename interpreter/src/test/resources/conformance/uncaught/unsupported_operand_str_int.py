label = 'count: '
n = 5
print(label + str(n))
print(f'{label}{n}')
print(label * 2)
print(label + n)
