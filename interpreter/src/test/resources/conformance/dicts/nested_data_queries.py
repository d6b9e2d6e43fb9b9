# querying lists of dicts
def show(label, fn):
    try:
        print(label, "->", repr(fn()))
    except Exception as e:
        print(label, "!!", type(e).__name__ + ":", e)


users = [
    {"name": "ann", "team": "core", "active": True, "score": 91, "tags": ["lead"], "email": "a@x"},
    {"name": "bob", "team": "web", "active": False, "score": 78, "tags": []},
    {"name": "cid", "team": "core", "active": True, "score": 85, "tags": ["new", "remote"]},
    {"name": "dee", "team": "data", "active": True, "score": 91, "tags": ["remote"]},
]


def tally():
    counts = {}
    for u in users:
        for tag in u["tags"]:
            counts[tag] = counts.get(tag, 0) + 1
    return counts

show('[u["name"] for u in users if u["active"]]', lambda: ([u["name"] for u in users if u["active"]]))
show('sorted({u["team"] for u in users})', lambda: (sorted({u["team"] for u in users})))
show('{t: [u["name"] for u in users if u["team"] == t] for t in sorted({u["team"] for u in users})}', lambda: ({t: [u["name"] for u in users if u["team"] == t] for t in sorted({u["team"] for u in users})}))
show('max(users, key=lambda u: u["score"])["name"]', lambda: (max(users, key=lambda u: u["score"])["name"]))
show('sum(u["score"] for u in users) / len(users)', lambda: (sum(u["score"] for u in users) / len(users)))
show('[(u["name"], u.get("email", "-")) for u in users]', lambda: ([(u["name"], u.get("email", "-")) for u in users]))
show('{u["name"]: u["tags"][0] if u["tags"] else None for u in users}', lambda: ({u["name"]: u["tags"][0] if u["tags"] else None for u in users}))
show('sorted(users, key=lambda u: (-u["score"], u["name"]))[0]["name"]', lambda: (sorted(users, key=lambda u: (-u["score"], u["name"]))[0]["name"]))
show('dict(sorted(tally().items()))', lambda: (dict(sorted(tally().items()))))
