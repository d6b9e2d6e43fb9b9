# The whole traceback must be CPython 3.11's, markers included.
def a():
    b()
def b():
    raise ValueError("deep")
try:
    a()
except ValueError as e:
    raise RuntimeError("wrapped") from e
