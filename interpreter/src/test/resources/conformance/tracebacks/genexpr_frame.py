# The whole traceback must be CPython 3.11's, markers included.
s = sum(1 / x for x in [1, 0])
