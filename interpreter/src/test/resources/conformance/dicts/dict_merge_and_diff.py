# merging and diffing dicts
def show(label, fn):
    try:
        print(label, "->", repr(fn()))
    except Exception as e:
        print(label, "!!", type(e).__name__ + ":", e)


a = {"host": "localhost", "port": 80, "debug": False}
b = {"port": 8080, "debug": True, "workers": 4}


def merge(*ds):
    out = {}
    for d in ds:
        out.update(d)
    return out


def diff(old, new):
    added = sorted(new.keys() - old.keys())
    removed = sorted(old.keys() - new.keys())
    changed = {k: (old[k], new[k]) for k in sorted(old.keys() & new.keys()) if old[k] != new[k]}
    return added, removed, changed


def deep_merge(x, y):
    out = dict(x)
    for k, v in y.items():
        if isinstance(v, dict) and isinstance(out.get(k), dict):
            out[k] = deep_merge(out[k], v)
        else:
            out[k] = v
    return out

show('merge(a, b)', lambda: (merge(a, b)))
show('a | b, b | a', lambda: (a | b, b | a))
show('{**a, **b} == a | b', lambda: ({**a, **b} == a | b))
show('diff(a, b)', lambda: (diff(a, b)))
show('deep_merge({"x": {"y": 1, "z": 2}, "k": 1}, {"x": {"y": 10}, "n": 5})', lambda: (deep_merge({"x": {"y": 1, "z": 2}, "k": 1}, {"x": {"y": 10}, "n": 5})))
show('sorted({k: a[k] for k in a.keys() & b.keys()}.items())', lambda: (sorted({k: a[k] for k in a.keys() & b.keys()}.items())))
show('sorted(a.keys() ^ b.keys())', lambda: (sorted(a.keys() ^ b.keys())))
