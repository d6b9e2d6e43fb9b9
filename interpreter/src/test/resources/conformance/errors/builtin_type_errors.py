cases = [lambda: int(None), lambda: int([1]), lambda: float([]), lambda: ''.join([1, 2]),
         lambda: ', '.join(['a', None]), lambda: sum(['a', 'b']), lambda: isinstance(1, 'int'),
         lambda: 'abc'.startswith(1), lambda: [3, 2].sort(key=1), lambda: next([1]),
         lambda: 'x'.replace(1, 2), lambda: divmod('a', 1), lambda: round('1.5')]
for c in cases:
    try:
        c()
    except TypeError as e:
        print(type(e).__name__, e)
