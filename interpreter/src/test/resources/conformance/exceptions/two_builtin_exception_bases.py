class LookupValueError(KeyError, ValueError):
    pass

class Unsupported(OSError, ValueError):
    pass

for cls in (LookupValueError, Unsupported):
    print([c.__name__ for c in cls.__mro__])
    try:
        raise cls("bad")
    except ValueError as e:
        print("caught as ValueError:", type(e).__name__, repr(e), str(e))

try:
    raise LookupValueError("k")
except KeyError as e:
    print("caught as KeyError:", e)

