# generators as coroutines with send
def show(label, fn):
    try:
        print(label, "->", repr(fn()))
    except Exception as e:
        print(label, "!!", type(e).__name__ + ":", e)


def averager():
    total = count = 0
    avg = None
    while True:
        value = yield avg
        total += value
        count += 1
        avg = total / count


def averager_demo():
    a = averager()
    next(a)
    return [a.send(v) for v in (10, 20, 60)]


def echo():
    received = []
    try:
        while True:
            x = yield len(received)
            received.append(x)
    finally:
        received.append("closed")
        echo.last = received


def echo_demo():
    e = echo()
    out = [next(e), e.send("a"), e.send("b")]
    e.close()
    return out, echo.last


def running_sum():
    total = 0
    while True:
        x = yield total
        if x is None:
            return total
        total += x


def running_sum_demo():
    g = running_sum()
    next(g)
    g.send(5)
    g.send(6)
    try:
        g.send(None)
    except StopIteration as stop:
        return stop.value


def close_returns_demo():
    def g():
        try:
            yield 1
        except GeneratorExit:
            return "ignored return value"
    it = g()
    next(it)
    return it.close()

show('averager_demo()', lambda: (averager_demo()))
show('echo_demo()', lambda: (echo_demo()))
show('running_sum_demo()', lambda: (running_sum_demo()))
show('close_returns_demo()', lambda: (close_returns_demo()))
