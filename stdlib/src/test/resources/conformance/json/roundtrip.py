import json
values = [None, True, 1, -2 ** 70, 3.14159, "tab\tand\nnewline", "unicode é 😀", [1, [2, [3]]],
          {"a": {"b": {"c": [None, False]}}}, {"": ""}, [1e-300, 5e-324, 1.7976931348623157e308]]
for v in values:
    s = json.dumps(v)
    back = json.loads(s)
    print(s, back == v, json.dumps(back) == s)
print(json.loads(json.dumps((1, 2))))
print(json.loads(json.dumps({1: 2, True: 3, None: 4})))
