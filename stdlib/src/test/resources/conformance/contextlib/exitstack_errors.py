from contextlib import ExitStack

class NotCM:
    pass

with ExitStack() as stack:
    try:
        stack.enter_context(NotCM())
    except TypeError as e:
        print("TypeError", e)
    try:
        stack.enter_context(42)
    except TypeError as e:
        print("TypeError", e)

def raiser(msg):
    def f(*exc):
        raise ValueError(msg)
    return f

try:
    with ExitStack() as stack:
        stack.push(raiser("first"))
        stack.push(raiser("second"))
except ValueError as e:
    print("ValueError", e)
    print("context", repr(e.__context__))

try:
    with ExitStack() as stack:
        stack.push(raiser("from exit"))
        raise KeyError("body")
except ValueError as e:
    print("ValueError", e, "context", repr(e.__context__))

def suppress_all(*exc):
    return True

with ExitStack() as stack:
    stack.push(suppress_all)
    stack.push(raiser("swallowed later"))
    raise IndexError("body")
print("all suppressed")

def chain(e):
    out = []
    while e is not None:
        out.append(repr(e))
        e = e.__context__
    return out

try:
    with ExitStack() as stack:
        stack.push(raiser("one"))
        stack.push(raiser("two"))
        stack.push(raiser("three"))
        raise KeyError("body")
except ValueError as e:
    print(chain(e))

try:
    try:
        raise OSError("outer handled")
    except OSError:
        with ExitStack() as stack:
            stack.push(raiser("p"))
            stack.push(raiser("q"))
            raise KeyError("body2")
except ValueError as e:
    print(chain(e))
