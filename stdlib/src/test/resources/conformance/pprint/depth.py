import pprint

nested = {"a": [1, [2, [3, [4, [5]]]]], "b": {"c": {"d": {"e": 1}}}, "t": (1, (2, (3,)))}
for depth in (1, 2, 3, 4):
    print("depth", depth)
    pprint.pprint(nested, depth=depth)
    pprint.pprint(nested, depth=depth, width=20)
print(pprint.pformat([[], {}, ()], depth=1))
print(pprint.pformat([[1], {"k": 1}, (1,), (1, 2)], depth=1))
