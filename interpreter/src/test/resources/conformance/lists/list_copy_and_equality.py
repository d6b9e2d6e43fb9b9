# list copying and equality
def show(label, fn):
    try:
        print(label, "->", repr(fn()))
    except Exception as e:
        print(label, "!!", type(e).__name__ + ":", e)


a = [3, 1, 2]


def nested_copy_semantics():
    outer = [[1, 2], [3]]
    shallow = outer.copy()
    shallow[0].append(99)
    shallow.append("new")
    return outer, shallow

show('a == a[:], a is a[:], a == list(a), a == a.copy()', lambda: (a == a[:], a is a[:], a == list(a), a == a.copy()))
show('[1, [2]] == [1, [2]], [1, 2] == (1, 2), [] == [], [] is []', lambda: ([1, [2]] == [1, [2]], [1, 2] == (1, 2), [] == [], [] is []))
show('nested_copy_semantics()', lambda: (nested_copy_semantics()))
show('[0] * 0, [None] * 3, [[]] * 2', lambda: ([0] * 0, [None] * 3, [[]] * 2))
show('a + a, a * 2, 2 * a', lambda: (a + a, a * 2, 2 * a))
show('[1, 2, 3] > [1, 2], [2] > [1, 9], [] < [0]', lambda: ([1, 2, 3] > [1, 2], [2] > [1, 9], [] < [0]))
