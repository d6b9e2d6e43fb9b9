# The whole traceback must be CPython 3.11's, markers included.
[1/0 for i in range(2)]
