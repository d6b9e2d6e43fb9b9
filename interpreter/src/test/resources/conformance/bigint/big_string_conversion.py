s = '9' * 50
n = int(s)
print(n + 1)
print(str(-n)[:5], len(str(-n)))
print(int('-' + '1' * 30) * 3)
print(f'{2 ** 100:,}')
print(f'{2 ** 80:x} {2 ** 80:o}')
print(int('1' + '0' * 40, 2), int('f' * 20, 16))
