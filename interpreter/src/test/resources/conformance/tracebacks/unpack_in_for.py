# The whole traceback must be CPython 3.11's, markers included.
pairs = [(1, 2), (3, 4, 5)]
for a, b in pairs:
    pass
