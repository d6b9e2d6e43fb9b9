# truth values of built-in and custom objects
def show(label, fn):
    try:
        print(label, "->", repr(fn()))
    except Exception as e:
        print(label, "!!", type(e).__name__ + ":", e)


class Empty:
    def __bool__(self):
        return False


class Full:
    def __len__(self):
        return 3


class Plain:
    pass


class ByLen:
    def __init__(self, items):
        self.items = items

    def __len__(self):
        return len(self.items)


class BadBool:
    def __bool__(self):
        return "yes"

show('[bool(x) for x in [0, 0.0, "", [], (), {}, set(), range(0), None]]', lambda: ([bool(x) for x in [0, 0.0, "", [], (), {}, set(), range(0), None]]))
show('[bool(x) for x in [1, -0.1, " ", [0], (None,), {0: 0}, {0}, range(1)]]', lambda: ([bool(x) for x in [1, -0.1, " ", [0], (None,), {0: 0}, {0}, range(1)]]))
show('bool(Empty()), bool(Full()), bool(Plain()), bool(ByLen([]))', lambda: (bool(Empty()), bool(Full()), bool(Plain()), bool(ByLen([]))))
show('"yes" if ByLen([1]) else "no"', lambda: ("yes" if ByLen([1]) else "no"))
show('[x for x in [Empty(), Full(), 0, 1] if x].__len__()', lambda: ([x for x in [Empty(), Full(), 0, 1] if x].__len__()))
show('bool(BadBool())', lambda: (bool(BadBool())))
