# JSON round-trips: json.dumps / json.loads of nested dicts and lists.
# Needs the `json` module; compare.py reports SKIP while Moat has no such module.
import json


def make_doc(i):
    return {
        "id": i,
        "name": "user" + str(i),
        "active": i % 3 == 0,
        "score": i * 0.25,
        "tags": ["t" + str(j) for j in range(i % 6)],
        "address": {"street": str(i) + " Main St", "zip": "%05d" % (i * 7 % 100000), "geo": [i / 3, -i / 7]},
        "note": None if i % 4 else "quote \" and unicode \u00e9",
    }


acc = 0
for rnd in range(24):
    docs = [make_doc(i + rnd) for i in range(3000)]
    text = json.dumps(docs)
    back = json.loads(text)
    assert back == docs
    pretty = json.dumps(back[:200], indent=2, sort_keys=True)
    acc += len(text) + len(pretty) + sum(d["id"] for d in back if d["active"])
    acc += len(json.loads(pretty))
    acc %= 1000000007
print("json", acc)
