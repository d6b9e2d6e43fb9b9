import pprint

data = [list(range(12)), tuple(range(8)), (1,), (), [], [[[[1, 2, 3]]]], ("a" * 20, "b" * 20)]
for w in (80, 40, 20, 10, 3):
    print("width", w)
    pprint.pprint(data, width=w)
pprint.pprint((1,), width=1)
pprint.pprint(((1, 2),), width=5)
pprint.pprint([(1,)] * 3, width=6)
