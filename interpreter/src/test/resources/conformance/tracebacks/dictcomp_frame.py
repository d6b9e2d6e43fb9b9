# The whole traceback must be CPython 3.11's, markers included.
r = {k: 1 / k for k in [0]}
