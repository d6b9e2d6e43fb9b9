# The whole traceback must be CPython 3.11's, markers included.
def f(xs):
    return [1/x for x in xs]
f([1, 0])
