a = list(range(10))
a[::2] = ['e'] * 5
print(a)
a[1::3] = [-1, -2, -3]
print(a)
b = [0, 1, 2, 3, 4]
b[::-1] = 'abcde'
print(b)
try:
    b[::2] = [1, 2]
except ValueError as e:
    print('ValueError', e)
