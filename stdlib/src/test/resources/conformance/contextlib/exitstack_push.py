from contextlib import ExitStack

def exit_func(exc_type, exc, tb):
    print("exit_func", exc_type.__name__ if exc_type else None, exc)
    return False

def suppressor(exc_type, exc, tb):
    print("suppressor sees", exc_type.__name__ if exc_type else None)
    return True

class CM:
    def __enter__(self):
        print("CM enter")
        return self
    def __exit__(self, *exc):
        print("CM exit", exc[0].__name__ if exc[0] else None)
        return False

with ExitStack() as stack:
    r = stack.push(exit_func)
    print(r is exit_func)
    cm = CM()
    r = stack.push(cm)
    print(r is cm)

with ExitStack() as stack:
    stack.push(exit_func)
    stack.push(suppressor)
    stack.push(exit_func)
    raise ValueError("inner")
print("suppressed by the middle callback")

try:
    with ExitStack() as stack:
        stack.push(exit_func)
        raise KeyError("k")
except KeyError as e:
    print("propagated", repr(e))
