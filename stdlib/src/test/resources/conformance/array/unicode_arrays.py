from array import array
u = array('u', 'hello')
u[0] = 'j'
u.append('!')
u.insert(0, '¡')
print(u, u.tounicode(), len(u), u.count('l'), u.index('o'), u.itemsize)
for bad in [lambda: u.append('ab'), lambda: u.append(1), lambda: array('u', b'ab')]:
    try:
        print(bad())
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
print(array('u', '😀x'), len(array('u', '😀x')))
