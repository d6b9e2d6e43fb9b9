cases = [lambda: [1, 2].remove(5), lambda: [1, 2].index(5), lambda: 'abc'.index('z'),
         lambda: 'a,b'.split(''), lambda: (1, 2).index(9), lambda: range(5).index(7),
         lambda: range(0, 1, 0), lambda: chr(-1), lambda: chr(0x110000), lambda: ord('ab'),
         lambda: ord(''), lambda: int('5', 37), lambda: max([]), lambda: min(()),
         lambda: 'x'.center(5, 'ab')]
for c in cases:
    try:
        c()
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
