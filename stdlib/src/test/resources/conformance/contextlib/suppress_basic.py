from contextlib import suppress

with suppress(KeyError):
    d = {}
    d["missing"]
    print("not reached")
print("after KeyError")

with suppress(ZeroDivisionError, ValueError):
    int("abc")
print("after ValueError")

with suppress(LookupError):
    [][3]
print("subclass suppressed")

try:
    with suppress(KeyError):
        raise TypeError("not suppressed")
except TypeError as e:
    print("TypeError", e)

with suppress():
    pass
try:
    with suppress():
        raise ValueError("empty suppress")
except ValueError as e:
    print("ValueError", e)

s = suppress(OSError)
print(s.__enter__())
print(s.__exit__(None, None, None))
print(s.__exit__(FileNotFoundError, FileNotFoundError(), None))
print(s.__exit__(ValueError, ValueError(), None))

def first_int(items):
    for x in items:
        with suppress(ValueError):
            return int(x)
    return None

print(first_int(["a", "b", "42", "7"]))
print(first_int(["a"]))
