import json
print(json.dumps({1: "int", 2.5: "float", True: "t", False: "f", None: "n", "s": "str"}))
print(json.dumps({10 ** 20: 1, -3: 2, 1e400: 3, float("nan"): 4}))
try:
    json.dumps({(1, 2): 3})
except TypeError as e:
    print(type(e).__name__, e)
print(json.dumps({(1, 2): 3, "a": 1, frozenset(): 2, "b": 2}, skipkeys=True))
print(json.dumps({(1, 2): 3}, skipkeys=True))
try:
    json.dumps({1e400: 1}, allow_nan=False)
except ValueError as e:
    print(type(e).__name__, e)
