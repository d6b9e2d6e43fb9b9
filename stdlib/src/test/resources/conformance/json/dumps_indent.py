import json
data = {"name": "x", "list": [1, 2, [3, []], {}], "nested": {"a": {"b": [True, None]}}}
print(json.dumps(data, indent=2))
print(json.dumps(data, indent=0))
print(json.dumps(data, indent="\t"))
print(json.dumps(data, indent=-1))
print(json.dumps([1, [2]], indent="--"))
print(json.dumps(data, indent=4, separators=(",", " = ")))
print(json.dumps([], indent=2), json.dumps({}, indent=2))
print(repr(json.dumps([1, 2], indent=1)))
