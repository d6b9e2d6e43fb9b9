# range iteration
def show(label, fn):
    try:
        print(label, "->", repr(fn()))
    except Exception as e:
        print(label, "!!", type(e).__name__ + ":", e)


show('list(range(5)), list(range(2, 5)), list(range(10, 0, -2))', lambda: (list(range(5)), list(range(2, 5)), list(range(10, 0, -2))))
show('list(range(0)), list(range(5, 2)), list(range(-3, 3))', lambda: (list(range(0)), list(range(5, 2)), list(range(-3, 3))))
show('[i for i in range(0, 20, 5)]', lambda: ([i for i in range(0, 20, 5)]))
show('list(range(10))[::3] == list(range(0, 10, 3))', lambda: (list(range(10))[::3] == list(range(0, 10, 3))))
show('range(3) == range(0, 3, 1), range(0) == range(1, 1)', lambda: (range(3) == range(0, 3, 1), range(0) == range(1, 1)))
show('list(reversed(range(0, 10, 4)))', lambda: (list(reversed(range(0, 10, 4)))))
show('sum(range(1, 101)), len(range(-100, 100, 7))', lambda: (sum(range(1, 101)), len(range(-100, 100, 7))))
show('range(2, 10, 3)[::-1]', lambda: (range(2, 10, 3)[::-1]))
show('range(1, 10)[2:5], range(1, 10)[-1], range(1, 10).index(5)', lambda: (range(1, 10)[2:5], range(1, 10)[-1], range(1, 10).index(5)))
show('[*range(3), *range(3, 0, -1)]', lambda: ([*range(3), *range(3, 0, -1)]))
show('5 in range(0, 10, 5), 6 in range(0, 10, 5), 2.0 in range(3)', lambda: (5 in range(0, 10, 5), 6 in range(0, 10, 5), 2.0 in range(3)))
