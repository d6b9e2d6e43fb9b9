# get, setdefault and pop idioms
def show(label, fn):
    try:
        print(label, "->", repr(fn()))
    except Exception as e:
        print(label, "!!", type(e).__name__ + ":", e)


d = {"a": 1, "b": 2}
calls = []
cache = {}


def cache_lookup(key):
    if key not in cache:
        calls.append(key)
        cache[key] = key.upper()
    return cache[key]

show('d.get("a"), d.get("z"), d.get("z", []), d.get("a", "unused")', lambda: (d.get("a"), d.get("z"), d.get("z", []), d.get("a", "unused")))
show('d.setdefault("c", 3), d.setdefault("a", 100), d', lambda: (d.setdefault("c", 3), d.setdefault("a", 100), d))
show('d.pop("c"), d.pop("c", "gone"), d', lambda: (d.pop("c"), d.pop("c", "gone"), d))
show('d.popitem(), d', lambda: (d.popitem(), d))
show('d.pop("zz")', lambda: (d.pop("zz")))
show('d.get()', lambda: (d.get()))
show('{}.setdefault("k")', lambda: ({}.setdefault("k")))
show('cache_lookup("x"), cache_lookup("x"), calls', lambda: (cache_lookup("x"), cache_lookup("x"), calls))
