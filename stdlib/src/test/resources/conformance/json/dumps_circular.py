import json
a = [1]
a.append(a)
try:
    json.dumps(a)
except ValueError as e:
    print(type(e).__name__, e)
d = {}
d["self"] = d
try:
    json.dumps(d, indent=2)
except ValueError as e:
    print(type(e).__name__, e)
try:
    json.dumps(a, check_circular=False)
except RecursionError as e:
    print(type(e).__name__, e)
shared = [1, 2]
print(json.dumps([shared, shared, {"k": shared}]))
def dflt(o):
    return o
try:
    json.dumps(object(), default=dflt)
except ValueError as e:
    print(type(e).__name__, e)
