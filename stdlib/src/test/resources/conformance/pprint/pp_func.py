import pprint

d = {"zebra": 1, "apple": 2, "mango": {"z": 1, "a": 2}}
pprint.pp(d)
pprint.pp(d, sort_dicts=True)
pprint.pp(d, width=20)
pprint.pp(d, 4, 20)
pprint.pprint(d)
