records = [("b", 2), ("a", None), ("c", 1)]
print(sorted(records))
print(sorted(records, key=lambda r: r[1]))
