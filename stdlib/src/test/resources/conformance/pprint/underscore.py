import pprint

data = {"small": 42, "big": 1234567890123, "neg": -9876543, "float": 1234567.5, "bool": True,
        "list": [10**6, 10**9, 12]}
pprint.pprint(data, underscore_numbers=True)
pprint.pprint(data)
print(pprint.pformat(10**30, underscore_numbers=True))
