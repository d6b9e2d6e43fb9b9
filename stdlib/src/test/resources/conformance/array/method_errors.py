from array import array
a = array('i', [1, 2, 3])
for f in [lambda: a.pop(10), lambda: array('i').pop(), lambda: a.remove(9), lambda: a.index(9), lambda: a.extend(array('d')),
          lambda: a.fromlist((1,)), lambda: a.frombytes(b'abc'), lambda: a.tounicode(), lambda: array('u', 'ab').fromunicode(5),
          lambda: a.index(1, 1), lambda: a.insert('x', 1), lambda: a.frombytes('ab')]:
    try:
        print(f())
    except (IndexError, ValueError, TypeError) as e:
        print(type(e).__name__, e)
