# dict views and their set operations
def show(label, fn):
    try:
        print(label, "->", repr(fn()))
    except Exception as e:
        print(label, "!!", type(e).__name__ + ":", e)


d = {"a": 1, "b": 2, "c": 3}


def sort_if_set(x):
    return sorted(x) if isinstance(x, (set, frozenset)) else x


def live_view():
    e = {"x": 1}
    keys = e.keys()
    e["y"] = 2
    return list(keys)


def mutate_during_iteration():
    e = {"x": 1, "y": 2}
    try:
        for k in e:
            e["z"] = 3
    except RuntimeError as err:
        return str(err)

show('d.keys() & {"a", "z"}', lambda: (d.keys() & {"a", "z"}))
show('sorted(d.keys() | {"z"})', lambda: (sorted(d.keys() | {"z"})))
show('sorted(d.keys() - {"a"})', lambda: (sorted(d.keys() - {"a"})))
show('sorted(d.keys() ^ {"a", "q"})', lambda: (sorted(d.keys() ^ {"a", "q"})))
show('sorted(d.items() & {("a", 1), ("b", 5)})', lambda: (sorted(d.items() & {("a", 1), ("b", 5)})))
show('sorted(d.items() - {("a", 1)})', lambda: (sorted(d.items() - {("a", 1)})))
show('d.keys() == {"a", "b", "c"}', lambda: (d.keys() == {"a", "b", "c"}))
show('d.keys() < {"a", "b", "c", "d"}', lambda: (d.keys() < {"a", "b", "c", "d"}))
show('d.keys().isdisjoint(["x", "y"])', lambda: (d.keys().isdisjoint(["x", "y"])))
show('list(reversed(d.keys()))', lambda: (list(reversed(d.keys()))))
show('list(reversed(d.values()))', lambda: (list(reversed(d.values()))))
show('list(reversed(d.items()))', lambda: (list(reversed(d.items()))))
show('len(d.values())', lambda: (len(d.values())))
show('d.values() == d.values()', lambda: (d.values() == d.values()))
show('type(d.keys()).__name__', lambda: (type(d.keys()).__name__))
show('type(d.values()).__name__', lambda: (type(d.values()).__name__))
show('type(d.items()).__name__', lambda: (type(d.items()).__name__))
show('repr(d.keys())', lambda: (repr(d.keys())))
show('repr(d.values())', lambda: (repr(d.values())))
show('repr(d.items())', lambda: (repr(d.items())))
show('"a" in d.keys()', lambda: ("a" in d.keys()))
show('sorted(list(d.keys() & ["c", "a"]))', lambda: (sorted(list(d.keys() & ["c", "a"]))))
show('sorted(d.keys() | [1], key=str)', lambda: (sorted(d.keys() | [1], key=str)))
show('live_view()', lambda: (live_view()))
show('mutate_during_iteration()', lambda: (mutate_during_iteration()))
