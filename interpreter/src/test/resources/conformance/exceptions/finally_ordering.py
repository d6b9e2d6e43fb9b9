# order of try/except/else/finally
def show(label, fn):
    try:
        print(label, "->", repr(fn()))
    except Exception as e:
        print(label, "!!", type(e).__name__ + ":", e)


events = []


def ok():
    events.append("body")


def fails():
    events.append("body")
    raise KeyError("k")


def returns_in_try():
    try:
        events.append("try")
        return "from try"
    finally:
        events.append("inner finally")


def trace_run(fn):
    events.clear()
    try:
        events.append("start")
        r = fn()
        events.append(f"returned {r!r}")
    except KeyError as e:
        events.append(f"except {e!r}")
    else:
        events.append("else")
    finally:
        events.append("finally")
    return list(events)


def nested_finally():
    out = []
    try:
        try:
            out.append(1)
            raise ValueError("inner")
        finally:
            out.append(2)
    except ValueError:
        out.append(3)
    finally:
        out.append(4)
    return out

show('trace_run(ok)', lambda: (trace_run(ok)))
show('trace_run(fails)', lambda: (trace_run(fails)))
show('trace_run(returns_in_try)', lambda: (trace_run(returns_in_try)))
show('nested_finally()', lambda: (nested_finally()))
