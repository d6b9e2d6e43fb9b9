# filtering and nesting comprehensions
def show(label, fn):
    try:
        print(label, "->", repr(fn()))
    except Exception as e:
        print(label, "!!", type(e).__name__ + ":", e)


words = ["apple", "egg", "kiwi", "orange", "date", "fig"]

show('[w for w in words if len(w) > 3]', lambda: ([w for w in words if len(w) > 3]))
show('[w.upper() for w in words if w.startswith(("a", "e"))]', lambda: ([w.upper() for w in words if w.startswith(("a", "e"))]))
show('{len(w) for w in words}', lambda: ({len(w) for w in words}))
show('{w: len(w) for w in words if "e" in w}', lambda: ({w: len(w) for w in words if "e" in w}))
show('[(w, c) for w in words[:2] for c in w if c in "aeiou"]', lambda: ([(w, c) for w in words[:2] for c in w if c in "aeiou"]))
show('[[c for c in w] for w in words[:2]]', lambda: ([[c for c in w] for w in words[:2]]))
show('sorted({c for w in words for c in w})[:5]', lambda: (sorted({c for w in words for c in w})[:5]))
show('[w for w in words if any(c.isupper() for c in w)] or "none upper"', lambda: ([w for w in words if any(c.isupper() for c in w)] or "none upper"))
show('["".join(sorted(w)) for w in words]', lambda: (["".join(sorted(w)) for w in words]))
show('sum(1 for w in words if w.endswith("e"))', lambda: (sum(1 for w in words if w.endswith("e"))))
