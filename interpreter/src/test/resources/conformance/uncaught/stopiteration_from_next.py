words = iter(["alpha", "beta"])
print(next(words))
print(next(words))
print(next(words))
