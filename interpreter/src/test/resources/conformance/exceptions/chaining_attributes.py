def describe(e):
    print(type(e).__name__, repr(str(e)))
    print("  cause:", repr(e.__cause__))
    print("  context:", repr(e.__context__))
    print("  suppress:", e.__suppress_context__)


try:
    try:
        1 / 0
    except ZeroDivisionError as inner:
        raise ValueError("bad value") from inner
except ValueError as e:
    describe(e)

try:
    try:
        {}["k"]
    except KeyError:
        raise RuntimeError("while handling")
except RuntimeError as e:
    describe(e)

try:
    try:
        [][1]
    except IndexError:
        raise TypeError("no context") from None
except TypeError as e:
    describe(e)

try:
    raise ValueError("explicit cause") from KeyError("k")
except ValueError as e:
    describe(e)

try:
    raise ValueError("class as cause") from KeyError
except ValueError as e:
    describe(e)

try:
    raise ValueError("x") from 5
except TypeError as e:
    describe(e)

e = ValueError("manual")
e.__cause__ = KeyError("set by hand")
print(e.__suppress_context__, repr(e.__cause__))
e.__suppress_context__ = True
print(e.__suppress_context__)


def nested():
    try:
        raise KeyError("first")
    except KeyError:
        try:
            raise IndexError("second")
        except IndexError:
            raise ValueError("third")


try:
    nested()
except ValueError as e:
    chain = []
    cur = e
    while cur is not None:
        chain.append(f"{type(cur).__name__}({cur})")
        cur = cur.__context__
    print(" <- ".join(chain))
