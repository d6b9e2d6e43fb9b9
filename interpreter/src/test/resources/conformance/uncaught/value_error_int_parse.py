for s in ['1', ' 2 ', '-3', '+4']:
    print(int(s))
print(int('ff', 16), int('0'))
for s in ['5', 'three', '6']:
    print(int(s))
