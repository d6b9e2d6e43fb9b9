# The whole traceback must be CPython 3.11's, markers included.
d = {"a": 1}
for k in d:
    d["b"] = 2
