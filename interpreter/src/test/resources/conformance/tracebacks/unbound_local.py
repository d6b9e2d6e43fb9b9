# The whole traceback must be CPython 3.11's, markers included.
def f():
    print(v)
    v = 1
f()
