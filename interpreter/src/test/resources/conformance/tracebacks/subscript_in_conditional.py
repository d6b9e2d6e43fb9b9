# The whole traceback must be CPython 3.11's, markers included.
l = [1]
v = l[5] if True else 0
