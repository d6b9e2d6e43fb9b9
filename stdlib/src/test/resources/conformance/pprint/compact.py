import pprint

nums = list(range(100))
pprint.pprint(nums, compact=True, width=60)
pprint.pprint(nums, compact=True, width=25, indent=3)
words = ["alpha", "beta", "gamma", "delta", "epsilon", "zeta", "eta", "theta", "iota", "kappa"]
pprint.pprint(words, compact=True, width=30)
pprint.pprint([words, nums[:10], "x" * 40], compact=True, width=30)
pprint.pprint({"key": nums[:30]}, compact=True, width=40)
pprint.pprint(tuple(nums[:25]), compact=True, width=20)
