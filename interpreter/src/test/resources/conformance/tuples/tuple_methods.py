# tuple methods and operations
def show(label, fn):
    try:
        print(label, "->", repr(fn()))
    except Exception as e:
        print(label, "!!", type(e).__name__ + ":", e)


show('(1, 2, 3).index(3)', lambda: ((1, 2, 3).index(3)))
show('(1, 2).index(5)', lambda: ((1, 2).index(5)))
show('(1, 1, 2).count(1)', lambda: ((1, 1, 2).count(1)))
show('(1, 2) + (3,)', lambda: ((1, 2) + (3,)))
show('(1, 2) + [3]', lambda: ((1, 2) + [3]))
show('(1,) * 3', lambda: ((1,) * 3))
show('tuple("ab")', lambda: (tuple("ab")))
show('tuple()', lambda: (tuple()))
show('tuple([1, [2]])', lambda: (tuple([1, [2]])))
show('(1, 2) < (1, 2, 3)', lambda: ((1, 2) < (1, 2, 3)))
show('(1, (2, 3))[1][0]', lambda: ((1, (2, 3))[1][0]))
show('(1, 2, 3)[::2]', lambda: ((1, 2, 3)[::2]))
show('(1, 2)[2]', lambda: ((1, 2)[2]))
show('len((1, 2, 3))', lambda: (len((1, 2, 3))))
show('hash((1, 2)) == hash((1, 2))', lambda: (hash((1, 2)) == hash((1, 2))))
show('(1, 2).count()', lambda: ((1, 2).count()))
show('tuple(x for x in "hi")', lambda: (tuple(x for x in "hi")))
show('(1, 2) == [1, 2]', lambda: ((1, 2) == [1, 2]))
show('()', lambda: (()))
show('(1,)', lambda: ((1,)))
