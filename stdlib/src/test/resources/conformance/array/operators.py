from array import array
x = array('i', [1, 2])
y = x + array('i', [3])
x += array('i', [3])
x *= 2
print(x, y, y * 2, 2 * y, y * 0, y * -1, x == array('i', [1, 2, 3, 1, 2, 3]), x != x)
print(array('i') < array('i', [0]), array('d', [1.0]) == array('i', [1]), array('b', [1, -1]) == array('h', [1, -1]), array('i', [1, 2]) < array('i', [1, 3]), array('i', [2]) > array('i', [1, 9]))
print(array('u', 'ab') < array('u', 'b'), array('i', [1]) == [1], sorted([array('i', [3]), array('i', [1, 2])]))
for f in [lambda: x + [1], lambda: x + array('d'), lambda: x * 'x', lambda: x * 1.5]:
    try:
        print(f())
    except TypeError as e:
        print('TypeError', e)
try:
    x += [1]
except TypeError as e:
    print('TypeError', e)
