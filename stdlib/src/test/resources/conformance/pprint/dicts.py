import pprint

d = {"zeta": 1, "alpha": [1, 2, 3], "mid": {"inner": "value", "another": (1, 2)}, 3: "int key",
     "long": "a fairly long string value that will need wrapping at small widths"}
for w in (80, 50, 30, 15):
    print("width", w)
    pprint.pprint(d, width=w)
pprint.pprint(d, sort_dicts=False, width=40)
pprint.pprint({}, width=1)
pprint.pprint({"k": {}}, width=1)
pprint.pprint({1: 2, "a": 3, (1, 2): 4, None: 5}, width=10)
