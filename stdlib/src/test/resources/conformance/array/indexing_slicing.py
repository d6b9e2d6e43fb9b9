from array import array
a = array('i', range(10))
print(a[0], a[-1], a[2:5], a[::3], a[::-1], a[5:2], a[-3:], type(a[1:2]).__name__)
a[0] = 100
a[-1] = -100
a[2:5] = array('i', [7])
print(a)
a[1:1] = array('i', [55, 66])
print(a)
a[::2] = array('i', [0] * len(a[::2]))
print(a)
del a[1]
del a[::3]
print(a)
del a[:]
print(a, len(a))
b = array('d', [1.0, 2.0, 3.0])
b[1:] = b
print(b)
for f in [lambda: a[10], lambda: b.__setitem__(10, 1), lambda: b['x'], lambda: b.__setitem__(slice(0, 1), [1.0]),
          lambda: b.__setitem__(slice(0, 3, 2), array('d', [1.0])), lambda: b.__setitem__(slice(0, 1), array('i', [1])), lambda: b.__delitem__(7)]:
    try:
        print(f())
    except (IndexError, TypeError, ValueError) as e:
        print(type(e).__name__, e)
