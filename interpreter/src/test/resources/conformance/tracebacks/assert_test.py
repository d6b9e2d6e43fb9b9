# The whole traceback must be CPython 3.11's, markers included.
assert 1 == 2, "no"
