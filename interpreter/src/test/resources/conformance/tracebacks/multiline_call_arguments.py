# The whole traceback must be CPython 3.11's, markers included.
def area(w, h):
    return w * h

total = area(
    3,
    None,
)
