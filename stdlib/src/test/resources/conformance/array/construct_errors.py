from array import array
for args in [('x',), ('ii',), (1,), ('i', [1.5]), ('d', ['a']), ('i', 'abc'), ('u', [1]), ('u', ['ab']), ('i', b'ab'), ('b', None), ('d', array('u', 'a')), ('i', [None])]:
    try:
        print(repr(array(*args)))
    except (TypeError, ValueError) as e:
        print(args, type(e).__name__, e)
