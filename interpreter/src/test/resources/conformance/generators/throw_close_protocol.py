class Boom(Exception):
    pass

def worker(log):
    log.append("start")
    try:
        while True:
            try:
                item = yield
                log.append(f"got {item}")
            except Boom as e:
                log.append(f"boom {e}")
                yield "recovered"
    except GeneratorExit:
        log.append("exit")
        raise
    finally:
        log.append("finally")

log = []
w = worker(log)
next(w)
w.send(1)
print(w.throw(Boom("one")))
next(w)
w.send(2)
w.close()
w.close()
print(log)
try:
    w.send(3)
except StopIteration:
    print("closed generator raises StopIteration")
def stubborn():
    try:
        yield 1
    except GeneratorExit:
        yield 2
s = stubborn(); next(s)
try:
    s.close()
except RuntimeError as e:
    print(type(e).__name__, e)
def unstarted():
    yield 1
u = unstarted()
try:
    u.throw(KeyError("k"))
except KeyError as e:
    print("unstarted throw:", type(e).__name__, e)
print(list(u))
def returns_on_close():
    try:
        yield 1
    except GeneratorExit:
        return "ignored"
r = returns_on_close(); next(r)
print(r.close())
