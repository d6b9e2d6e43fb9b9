if (n := 10) > 5:
    print('n is', n)
print(n)
data = [1, 2, 3, 4]
if (size := len(data)) > 3:
    print('size', size)
print((y := 5) + y)
x = (z := 3) * 2
print(x, z)
