# which dunder each operation calls
def show(label, fn):
    try:
        print(label, "->", repr(fn()))
    except Exception as e:
        print(label, "!!", type(e).__name__ + ":", e)


log = []


class Traced:
    def __len__(self):
        log.append("__len__")
        return 3

    def __getitem__(self, i):
        log.append(f"__getitem__({i!r})")
        if isinstance(i, int) and i >= 3:
            raise IndexError
        return i

    def __contains__(self, x):
        log.append("__contains__")
        return False

    def __iter__(self):
        log.append("__iter__")
        return iter([7, 8])

    def __eq__(self, o):
        log.append("__eq__")
        return True

    def __hash__(self):
        log.append("__hash__")
        return 1

    def __str__(self):
        log.append("__str__")
        return "S"

    def __repr__(self):
        log.append("__repr__")
        return "R"

    def __format__(self, spec):
        log.append(f"__format__({spec!r})")
        return "F"


def calls(fn):
    log.clear()
    result = fn(Traced())
    if type(result).__name__ == "reversed":
        result = list(result)
    return result, list(log)

show('calls(lambda o: len(o))', lambda: (calls(lambda o: len(o))))
show('calls(lambda o: o[1])', lambda: (calls(lambda o: o[1])))
show('calls(lambda o: o[1:2])', lambda: (calls(lambda o: o[1:2])))
show('calls(lambda o: 3 in o)', lambda: (calls(lambda o: 3 in o)))
show('calls(lambda o: bool(o))', lambda: (calls(lambda o: bool(o))))
show('calls(lambda o: o == o)', lambda: (calls(lambda o: o == o)))
show('calls(lambda o: str(o))', lambda: (calls(lambda o: str(o))))
show('calls(lambda o: repr(o))', lambda: (calls(lambda o: repr(o))))
show('calls(lambda o: f"{o}")', lambda: (calls(lambda o: f"{o}")))
show('calls(lambda o: f"{o!r}")', lambda: (calls(lambda o: f"{o!r}")))
show('calls(lambda o: format(o, "spec"))', lambda: (calls(lambda o: format(o, "spec"))))
show('calls(lambda o: hash(o))', lambda: (calls(lambda o: hash(o))))
