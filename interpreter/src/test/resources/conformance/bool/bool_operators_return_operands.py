# and/or return an operand, not a bool
def show(label, fn):
    try:
        print(label, "->", repr(fn()))
    except Exception as e:
        print(label, "!!", type(e).__name__ + ":", e)


show('0 or "default", "" or [] or None, "first" or "second"', lambda: (0 or "default", "" or [] or None, "first" or "second"))
show('1 and "last", 0 and "never", [] and 1', lambda: (1 and "last", 0 and "never", [] and 1))
show('None or 0 or "x", (1, 2) and (), not [], not [0]', lambda: (None or 0 or "x", (1, 2) and (), not [], not [0]))
show('[x or "empty" for x in ["a", "", None, 0, "b"]]', lambda: ([x or "empty" for x in ["a", "", None, 0, "b"]]))
show('(lambda v=None: v or [])()', lambda: ((lambda v=None: v or [])()))
show('True + True + False, sum([True, False, True]), True * 10', lambda: (True + True + False, sum([True, False, True]), True * 10))
show('int(True), float(False), str(True), repr(False)', lambda: (int(True), float(False), str(True), repr(False)))
show('bool("False"), bool(" "), bool(0.0)', lambda: (bool("False"), bool(" "), bool(0.0)))
show('True is bool(1), isinstance(True, int), type(True).__mro__[1].__name__', lambda: (True is bool(1), isinstance(True, int), type(True).__mro__[1].__name__))
show('~True, -False, True << 3, True / 2', lambda: (~True, -False, True << 3, True / 2))
