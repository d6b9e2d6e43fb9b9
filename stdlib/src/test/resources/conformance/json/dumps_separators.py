import json
data = {"a": [1, 2], "b": {"c": 3}}
print(json.dumps(data, separators=(",", ":")))
print(json.dumps(data, separators=(" , ", " : ")))
print(json.dumps(data, separators=[";", "="]))
try:
    json.dumps(data, separators=(",",))
except ValueError as e:
    print(type(e).__name__, e)
