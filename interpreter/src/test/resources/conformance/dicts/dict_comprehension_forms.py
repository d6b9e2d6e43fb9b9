# dict comprehensions
def show(label, fn):
    try:
        print(label, "->", repr(fn()))
    except Exception as e:
        print(label, "!!", type(e).__name__ + ":", e)


show('{k: v for k, v in zip("abc", range(3))}', lambda: ({k: v for k, v in zip("abc", range(3))}))
show('{v: k for k, v in {"a": 1, "b": 2}.items()}', lambda: ({v: k for k, v in {"a": 1, "b": 2}.items()}))
show('{x: x ** 2 for x in range(5) if x % 2 == 0}', lambda: ({x: x ** 2 for x in range(5) if x % 2 == 0}))
show('{k: (v if v else "empty") for k, v in [("a", 1), ("b", 0)]}', lambda: ({k: (v if v else "empty") for k, v in [("a", 1), ("b", 0)]}))
show('{w[0]: w for w in ["apple", "avocado", "banana"]}', lambda: ({w[0]: w for w in ["apple", "avocado", "banana"]}))
show('{(i, j): i * j for i in range(2) for j in range(2)}', lambda: ({(i, j): i * j for i in range(2) for j in range(2)}))
show('{k: sorted(v) for k, v in {"x": [3, 1], "y": [2]}.items()}', lambda: ({k: sorted(v) for k, v in {"x": [3, 1], "y": [2]}.items()}))
show('dict.fromkeys(range(3), [])', lambda: (dict.fromkeys(range(3), [])))
show('{str(i): i for i in range(3)} == dict(zip("012", range(3)))', lambda: ({str(i): i for i in range(3)} == dict(zip("012", range(3)))))
show('{**{k: 0 for k in "ab"}, **{"b": 1}}', lambda: ({**{k: 0 for k in "ab"}, **{"b": 1}}))
