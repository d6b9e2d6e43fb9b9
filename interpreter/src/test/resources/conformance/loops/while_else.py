n = 0
while n < 3:
    n += 1
else:
    print('while finished normally', n)
n = 0
while True:
    n += 1
    if n == 4:
        break
else:
    print('never')
print('broke at', n)
while False:
    pass
else:
    print('else of never-run while')
