# iterating dicts
def show(label, fn):
    try:
        print(label, "->", repr(fn()))
    except Exception as e:
        print(label, "!!", type(e).__name__ + ":", e)


d = {"one": 1, "three": 3, "two": 2}

show('[k for k in d]', lambda: ([k for k in d]))
show('[(k, v) for k, v in d.items()]', lambda: ([(k, v) for k, v in d.items()]))
show('[v for v in d.values()]', lambda: ([v for v in d.values()]))
show('sorted(d, key=d.get, reverse=True)', lambda: (sorted(d, key=d.get, reverse=True)))
show('{v: k for k, v in d.items()}', lambda: ({v: k for k, v in d.items()}))
show('list(zip(d.keys(), d.values())) == list(d.items())', lambda: (list(zip(d.keys(), d.values())) == list(d.items())))
show('[k for k, v in d.items() if v > 1]', lambda: ([k for k, v in d.items() if v > 1]))
show('sum(d.values()), max(d.values()), min(d, key=lambda k: d[k])', lambda: (sum(d.values()), max(d.values()), min(d, key=lambda k: d[k])))
show('list(enumerate(d))', lambda: (list(enumerate(d))))
show('next(iter(d)), next(iter(d.values())), next(reversed(d))', lambda: (next(iter(d)), next(iter(d.values())), next(reversed(d))))
show('len(d), bool({}), bool(d)', lambda: (len(d), bool({}), bool(d)))
