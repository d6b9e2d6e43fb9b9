import json
print(json.dumps(float("nan")), json.dumps({"x": float("-inf")}))
for v in [float("nan"), float("inf"), [1, -float("inf")], {"a": float("nan")}]:
    try:
        json.dumps(v, allow_nan=False)
    except ValueError as e:
        print(type(e).__name__, e)
print(json.dumps(1.5, allow_nan=False))
