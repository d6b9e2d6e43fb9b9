# dict insertion order
def show(label, fn):
    try:
        print(label, "->", repr(fn()))
    except Exception as e:
        print(label, "!!", type(e).__name__ + ":", e)


def build():
    d = {}
    d["b"] = 1
    d["a"] = 2
    d["b"] = 3
    return d, list(d)


def update_forms():
    d = {"x": 1}
    d.update({"y": 2})
    d.update([("z", 3)])
    d.update(w=4)
    d.update({"x": 10}, v=5)
    return d


def delete_reinsert():
    d = {"a": 1, "b": 2, "c": 3}
    del d["a"]
    d["a"] = 1
    d.pop("b")
    d["b"] = 2
    return list(d.items())


def equality_order():
    return {"a": 1, "b": 2} == {"b": 2, "a": 1}, list({"a": 1, "b": 2}) == list({"b": 2, "a": 1})


def comprehension_dups():
    return {x % 3: x for x in range(10)}

show('build()', lambda: (build()))
show('update_forms()', lambda: (update_forms()))
show('delete_reinsert()', lambda: (delete_reinsert()))
show('equality_order()', lambda: (equality_order()))
show('comprehension_dups()', lambda: (comprehension_dups()))
