import pprint

data = {"list": list(range(15)), "dict": {"x": [1, 2], "y": "text " * 8}, "tuple": (1, 2, 3)}
for ind in (0, 1, 2, 4, 8):
    print("indent", ind)
    pprint.pprint(data, indent=ind, width=40)
pprint.pprint([[1, 2], [3, 4]], indent=4, width=8)
