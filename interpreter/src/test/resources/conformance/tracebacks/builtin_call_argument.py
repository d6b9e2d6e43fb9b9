# The whole traceback must be CPython 3.11's, markers included.
print(int("x"))
