for i in range(3):
    print('up', i)
for i in range(3, 0, -1):
    print('down', i)
for i in range(0):
    print('never')
acc = []
for i in range(1, 20, 6):
    acc.append(i * i)
print(acc)
print([i for i in range(-5, 6, 5)])
