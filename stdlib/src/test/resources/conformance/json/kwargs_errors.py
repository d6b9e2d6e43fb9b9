import json
for f in [lambda: json.dumps(1, foo=1), lambda: json.loads('1', bar=2), lambda: json.dumps(1, 2), lambda: json.loads(), lambda: json.dumps(1, indent=1.5)]:
    try:
        f()
    except TypeError as e:
        print(type(e).__name__, e)
print(json.dumps(obj=None) if False else "skip")
print(json.dumps([1, {"a": 2}], indent=True))
print(json.dumps([1], skipkeys=1, ensure_ascii=0, sort_keys=[]))
