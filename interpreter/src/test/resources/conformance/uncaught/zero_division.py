print('computing')
x = 10
y = 0
print(x // 2)
print(x / y)
print('never printed')
