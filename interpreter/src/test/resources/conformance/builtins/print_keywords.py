# print with sep, end and flush
def show(label, fn):
    try:
        print(label, "->", repr(fn()))
    except Exception as e:
        print(label, "!!", type(e).__name__ + ":", e)


show('print("a", "b", sep="-")', lambda: (print("a", "b", sep="-")))
show('print("a", "b", sep="")', lambda: (print("a", "b", sep="")))
show('print("x", end="!\\n")', lambda: (print("x", end="!\n")))
show('print("no newline", end="")', lambda: (print("no newline", end="")))
show('print()', lambda: (print()))
show('print(1, 2, 3, sep=", ", end=".\\n")', lambda: (print(1, 2, 3, sep=", ", end=".\n")))
show('print(sep="|")', lambda: (print(sep="|")))
show('print("a", sep=None, end=None)', lambda: (print("a", sep=None, end=None)))
show('print("a", sep=5)', lambda: (print("a", sep=5)))
show('print("flushed", flush=True)', lambda: (print("flushed", flush=True)))
show('print(*[1, 2, 3])', lambda: (print(*[1, 2, 3])))
show('print(*"abc", sep="/")', lambda: (print(*"abc", sep="/")))
