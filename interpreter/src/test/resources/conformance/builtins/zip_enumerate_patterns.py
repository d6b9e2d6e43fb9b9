# zip and enumerate idioms
def show(label, fn):
    try:
        print(label, "->", repr(fn()))
    except Exception as e:
        print(label, "!!", type(e).__name__ + ":", e)


show('list(zip("abc", [1, 2, 3], (True, False, None)))', lambda: (list(zip("abc", [1, 2, 3], (True, False, None)))))
show('dict(zip(["x", "y"], [1, 2]))', lambda: (dict(zip(["x", "y"], [1, 2]))))
show('list(zip(*[(1, "a"), (2, "b")]))', lambda: (list(zip(*[(1, "a"), (2, "b")]))))
show('[i for i, c in enumerate("hello") if c == "l"]', lambda: ([i for i, c in enumerate("hello") if c == "l"]))
show('{c: i for i, c in enumerate("abc")}', lambda: ({c: i for i, c in enumerate("abc")}))
show('list(enumerate(zip("ab", "cd"), start=1))', lambda: (list(enumerate(zip("ab", "cd"), start=1))))
show('[(i, j) for i, j in zip(range(3), range(10, 13))]', lambda: ([(i, j) for i, j in zip(range(3), range(10, 13))]))
show('list(zip(range(3), range(5), strict=False))', lambda: (list(zip(range(3), range(5), strict=False))))
show('list(zip([1, 2, 3], [4, 5, 6])[0]) if False else "skip"', lambda: (list(zip([1, 2, 3], [4, 5, 6])[0]) if False else "skip"))
show('sum(a * b for a, b in zip([1, 2, 3], [4, 5, 6]))', lambda: (sum(a * b for a, b in zip([1, 2, 3], [4, 5, 6]))))
show('[a + b for a, b in zip("ab", "xyz")]', lambda: ([a + b for a, b in zip("ab", "xyz")]))
show('list(zip("ab", range(3), strict=True))', lambda: (list(zip("ab", range(3), strict=True))))
