# KeyError and IndexError messages
def show(label, fn):
    try:
        print(label, "->", repr(fn()))
    except Exception as e:
        print(label, "!!", type(e).__name__ + ":", e)


show('{}["a"]', lambda: ({}["a"]))
show('{}[1]', lambda: ({}[1]))
show('{}[(1, 2)]', lambda: ({}[(1, 2)]))
show('{}[None]', lambda: ({}[None]))
show('{"a": 1}["A"]', lambda: ({"a": 1}["A"]))
show('[][0]', lambda: ([][0]))
show('[1, 2][2]', lambda: ([1, 2][2]))
show('[1, 2][-3]', lambda: ([1, 2][-3]))
show('"abc"[5]', lambda: ("abc"[5]))
show('(1, 2)[9]', lambda: ((1, 2)[9]))
show('range(3)[3]', lambda: (range(3)[3]))
show('b"ab"[2]', lambda: (b"ab"[2]))
show('bytearray(b"a")[1]', lambda: (bytearray(b"a")[1]))
show('[].pop(0)', lambda: ([].pop(0)))
show('[1].pop(5)', lambda: ([1].pop(5)))
show('"".join([]) or "empty join"', lambda: ("".join([]) or "empty join"))
show('{}.pop("k")', lambda: ({}.pop("k")))
show('set().remove(1)', lambda: (set().remove(1)))
show('frozenset([1]) - {1} or "empty"', lambda: (frozenset([1]) - {1} or "empty"))
