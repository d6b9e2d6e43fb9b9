# The whole traceback must be CPython 3.11's, markers included.
def f(n):
    return f(n + 1) + 1
f(0)
