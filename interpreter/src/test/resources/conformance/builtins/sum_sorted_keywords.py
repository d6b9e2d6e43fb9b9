# sum and sorted with their keywords
def show(label, fn):
    try:
        print(label, "->", repr(fn()))
    except Exception as e:
        print(label, "!!", type(e).__name__ + ":", e)


show('sum([1, 2, 3])', lambda: (sum([1, 2, 3])))
show('sum([1, 2], 10)', lambda: (sum([1, 2], 10)))
show('sum([1, 2], start=10)', lambda: (sum([1, 2], start=10)))
show('sum([[1], [2]], [])', lambda: (sum([[1], [2]], [])))
show('sum(["a", "b"], "")', lambda: (sum(["a", "b"], "")))
show('sum([0.1] * 10)', lambda: (sum([0.1] * 10)))
show('sum([1.5, 2, True])', lambda: (sum([1.5, 2, True])))
show('sum(range(101))', lambda: (sum(range(101))))
show('sum(x * x for x in range(4))', lambda: (sum(x * x for x in range(4))))
show('sum([1], start="")', lambda: (sum([1], start="")))
show('sorted("bca")', lambda: (sorted("bca")))
show('sorted([3, 1, 2], reverse=True)', lambda: (sorted([3, 1, 2], reverse=True)))
show('sorted(["bb", "a", "ccc"], key=len, reverse=True)', lambda: (sorted(["bb", "a", "ccc"], key=len, reverse=True)))
show('sorted([("a", 2), ("b", 1)], key=lambda t: t[1])', lambda: (sorted([("a", 2), ("b", 1)], key=lambda t: t[1])))
show('sorted([3, 1], None)', lambda: (sorted([3, 1], None)))
show('sorted()', lambda: (sorted()))
show('sorted([1, 2], key=1)', lambda: (sorted([1, 2], key=1)))
show('sorted({3: "c", 1: "a"})', lambda: (sorted({3: "c", 1: "a"})))
show('sorted([1, 3, 2], reverse=0)', lambda: (sorted([1, 3, 2], reverse=0)))
show('sorted(["B", "a", "C"])', lambda: (sorted(["B", "a", "C"])))
show('sorted(["B", "a", "C"], key=str.casefold)', lambda: (sorted(["B", "a", "C"], key=str.casefold)))
