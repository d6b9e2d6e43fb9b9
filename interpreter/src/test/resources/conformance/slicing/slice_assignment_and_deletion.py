# slice assignment and deletion on lists
def show(label, fn):
    try:
        print(label, "->", repr(fn()))
    except Exception as e:
        print(label, "!!", type(e).__name__ + ":", e)


def assign(s, values):
    a = list(range(6))
    try:
        a[s] = values
    except ValueError as e:
        return f"ValueError: {e}"
    return a


def delete(s):
    a = list(range(6))
    del a[s]
    return a

show('assign(slice(1, 3), ["x"])', lambda: (assign(slice(1, 3), ["x"])))
show('assign(slice(None, None, 2), ["a", "b", "c"])', lambda: (assign(slice(None, None, 2), ["a", "b", "c"])))
show('assign(slice(5, None), [9, 9])', lambda: (assign(slice(5, None), [9, 9])))
show('assign(slice(2, 2), ["ins"])', lambda: (assign(slice(2, 2), ["ins"])))
show('assign(slice(None, None, -1), list("fedcba"))', lambda: (assign(slice(None, None, -1), list("fedcba"))))
show('assign(slice(None, None, 2), ["too few"])', lambda: (assign(slice(None, None, 2), ["too few"])))
show('delete(slice(None, 3))', lambda: (delete(slice(None, 3))))
show('delete(slice(None, None, 2))', lambda: (delete(slice(None, None, 2))))
show('delete(slice(-2, None))', lambda: (delete(slice(-2, None))))
show('delete(slice(None, None, -2))', lambda: (delete(slice(None, None, -2))))
