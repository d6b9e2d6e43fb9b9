# The whole traceback must be CPython 3.11's, markers included.
def f():
    return 1 / 0
print("r", f())
