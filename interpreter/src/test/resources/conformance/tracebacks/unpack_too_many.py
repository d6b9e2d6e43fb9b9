# The whole traceback must be CPython 3.11's, markers included.
a, b = [1, 2, 3]
