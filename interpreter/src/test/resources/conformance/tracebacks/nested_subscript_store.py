# The whole traceback must be CPython 3.11's, markers included.
d = {}; d["a"]["b"] = 1
