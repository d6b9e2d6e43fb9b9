import json, re, math
from collections import namedtuple

data = json.loads('''
[{"name": "Alice", "age": 31, "tags": ["admin", "dev"], "email": "alice@example.com"},
 {"name": "bob", "age": 19, "tags": [], "email": "bob[at]example"},
 {"name": "Carol", "age": 45, "tags": ["dev"], "email": "carol@corp.io", "score": 88.5}]
''')
EMAIL = re.compile(r"^[\w.+-]+@([\w-]+\.)+\w+$")
User = namedtuple("User", "name age valid")
users = [User(d["name"].title(), d["age"], bool(EMAIL.match(d["email"]))) for d in data]
for u in sorted(users, key=lambda u: (-u.age, u.name)):
    print(f"{u.name:<8}|{u.age:>4}|{'ok' if u.valid else 'bad':^6}|")
by_tag = {}
for d in data:
    for t in d.get("tags", []) or ["none"]:
        by_tag.setdefault(t, []).append(d["name"])
print(json.dumps(by_tag, sort_keys=True, indent=2))
ages = [d["age"] for d in data]
mean = sum(ages) / len(ages)
sd = math.sqrt(sum((a - mean) ** 2 for a in ages) / (len(ages) - 1))
print(f"mean={mean:.2f} sd={sd:.3f} max={max(ages)} scores={[d.get('score') for d in data]}")
words = re.findall(r"[a-z]+", "The quick brown fox jumps over the lazy dog the end".lower())
freq = {}
for w in words:
    freq[w] = freq.get(w, 0) + 1
top = sorted(freq.items(), key=lambda kv: (-kv[1], kv[0]))[:3]
print(top, re.sub(r"(\w+)@(\w+)", r"\2 at \1", "x@y and a@b"))
