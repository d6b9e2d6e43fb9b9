# The whole traceback must be CPython 3.11's, markers included.
g = (x for x in range(3))
list(map(lambda v: v + "s", g))
