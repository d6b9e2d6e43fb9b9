# sets for deduplication and membership
def show(label, fn):
    try:
        print(label, "->", repr(fn()))
    except Exception as e:
        print(label, "!!", type(e).__name__ + ":", e)


show('sorted(set([3, 1, 3, 2, 1]))', lambda: (sorted(set([3, 1, 3, 2, 1]))))
show('list(dict.fromkeys([3, 1, 3, 2, 1]))', lambda: (list(dict.fromkeys([3, 1, 3, 2, 1]))))
show('len({"a", "A", "a"})', lambda: (len({"a", "A", "a"})))
show('{1, 2} <= {1, 2}, {1, 2} < {1, 2}, {1} < {1, 2}', lambda: ({1, 2} <= {1, 2}, {1, 2} < {1, 2}, {1} < {1, 2}))
show('sorted(set("hello") & set("world"))', lambda: (sorted(set("hello") & set("world"))))
show('sorted(set("hello") - set("world"))', lambda: (sorted(set("hello") - set("world"))))
show('2 in {1, 2, 3}, [2] in [[2]], (1, 2) in {(1, 2)}', lambda: (2 in {1, 2, 3}, [2] in [[2]], (1, 2) in {(1, 2)}))
show('sorted({x % 5 for x in range(20)})', lambda: (sorted({x % 5 for x in range(20)})))
show('{1, 2, 3} - {2} | {9} == {1, 3, 9}', lambda: ({1, 2, 3} - {2} | {9} == {1, 3, 9}))
show('sorted(set().union(*[{1}, {2, 3}, {3, 4}]))', lambda: (sorted(set().union(*[{1}, {2, 3}, {3, 4}]))))
show('sorted(set.intersection(*[{1, 2, 3}, {2, 3}, {3, 2, 5}]))', lambda: (sorted(set.intersection(*[{1, 2, 3}, {2, 3}, {3, 2, 5}]))))
show('set() == frozenset(), set() is set()', lambda: (set() == frozenset(), set() is set()))
