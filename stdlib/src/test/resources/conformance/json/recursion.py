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
print(len(json.dumps(json.loads("[" * 995 + "]" * 995))))
try:
    json.loads("[" * 996 + "]" * 996)
except RecursionError as e:
    print(type(e).__name__, e)
