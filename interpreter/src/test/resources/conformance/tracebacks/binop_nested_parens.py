# The whole traceback must be CPython 3.11's, markers included.
y = 0
x = 1 + (2 * (3 / y))
