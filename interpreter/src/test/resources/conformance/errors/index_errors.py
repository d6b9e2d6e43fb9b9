cases = [
    lambda: [1][5],
    lambda: [][0],
    lambda: [1, 2][-3],
    lambda: (1, 2)[2],
    lambda: 'abc'[3],
    lambda: ''[0],
    lambda: range(3)[3],
    lambda: [].pop(),
    lambda: [1].pop(5),
]
for c in cases:
    try:
        c()
    except IndexError as e:
        print(type(e).__name__, e)
