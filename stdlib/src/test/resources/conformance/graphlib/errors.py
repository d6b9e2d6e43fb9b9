from graphlib import CycleError, TopologicalSorter


def attempt(f):
    try:
        print("ok", f())
    except CycleError as e:
        print("CycleError", e, e.args, isinstance(e, ValueError))
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)


attempt(lambda: TopologicalSorter({1: [2], 2: [3], 3: [1]}).prepare())
attempt(lambda: list(TopologicalSorter({"a": ["b"], "b": ["c"], "c": ["b"], "d": ["a"]}).static_order()))
attempt(lambda: TopologicalSorter({"a": ["a"]}).prepare())
attempt(lambda: list(TopologicalSorter({0: [1, 2], 1: [3], 2: [3], 3: [4], 4: [2]}).static_order()))

ts = TopologicalSorter({1: [0]})
attempt(ts.get_ready)
attempt(ts.is_active)
attempt(lambda: ts.done(1))
attempt(lambda: bool(ts))
ts.prepare()
attempt(ts.prepare)
attempt(lambda: ts.add(5))
attempt(lambda: ts.done(7))
attempt(lambda: ts.done(1))
print(ts.get_ready())
attempt(lambda: ts.done(0))
attempt(lambda: ts.done(0))
attempt(lambda: ts.add(2, 1))

ts = TopologicalSorter()
attempt(lambda: ts.add([1], 2))
attempt(lambda: ts.add(1, {2}))
print(issubclass(CycleError, ValueError), CycleError.__mro__[1].__name__)
