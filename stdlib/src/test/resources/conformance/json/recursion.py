import json
print(len(json.dumps(json.loads("[" * 500 + "]" * 500))))
for doc in ["[" * 2000, '{"a":' * 2000, "[" * 100000 + "]" * 100000]:
    try:
        json.loads(doc)
    except RecursionError as e:
        print(type(e).__name__, e)
x = []
for i in range(3000):
    x = [x]
try:
    json.dumps(x)
except RecursionError as e:
    print(type(e).__name__, e)
