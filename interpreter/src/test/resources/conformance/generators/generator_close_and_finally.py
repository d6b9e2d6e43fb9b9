# close() runs finally blocks and with exits
def show(label, fn):
    try:
        print(label, "->", repr(fn()))
    except Exception as e:
        print(label, "!!", type(e).__name__ + ":", e)


def stages(log):
    try:
        log.append("start")
        yield 1
        try:
            yield 2
        finally:
            log.append("inner finally")
        yield 3
    finally:
        log.append("outer finally")


def run_close(n):
    log = []
    g = stages(log)
    for _ in range(n):
        next(g)
    g.close()
    return log


def nested_close():
    log = []

    def inner():
        try:
            yield "i1"
            yield "i2"
        finally:
            log.append("inner closed")

    def outer():
        try:
            yield from inner()
        finally:
            log.append("outer closed")

    g = outer()
    first = next(g)
    g.close()
    return first, log

show('run_close(1)', lambda: (run_close(1)))
show('run_close(2)', lambda: (run_close(2)))
show('run_close(0)', lambda: (run_close(0)))
show('nested_close()', lambda: (nested_close()))
