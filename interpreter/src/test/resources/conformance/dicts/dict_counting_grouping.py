# counting and grouping with plain dicts
def show(label, fn):
    try:
        print(label, "->", repr(fn()))
    except Exception as e:
        print(label, "!!", type(e).__name__ + ":", e)


text = "the quick brown fox jumps over the lazy dog the end"
counts = {}
for w in text.split():
    counts[w] = counts.get(w, 0) + 1
grouped = {}
for w in text.split():
    grouped.setdefault(len(w), []).append(w)
inverted = {}
for k, v in counts.items():
    inverted.setdefault(v, []).append(k)
nested = {}
nested.setdefault("x", {})["y"] = 1

show('counts', lambda: (counts))
show('grouped', lambda: (grouped))
show('inverted', lambda: (inverted))
show('max(counts, key=counts.get)', lambda: (max(counts, key=counts.get)))
show('sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:3]', lambda: (sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:3]))
show('nested["x"]["y"]', lambda: (nested["x"]["y"]))
show('{k: len(v) for k, v in grouped.items()}', lambda: ({k: len(v) for k, v in grouped.items()}))
show('dict(sorted(counts.items()))', lambda: (dict(sorted(counts.items()))))
