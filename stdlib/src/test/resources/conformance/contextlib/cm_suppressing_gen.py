from contextlib import contextmanager

@contextmanager
def ignoring(*types):
    try:
        yield
    except types as e:
        print("ignored", type(e).__name__)

for exc in (KeyError("a"), IndexError(1), ValueError("v")):
    try:
        with ignoring(KeyError, IndexError):
            raise exc
        print("suppressed", repr(exc))
    except Exception as e:
        print("escaped", repr(e))

@contextmanager
def transaction(log):
    log.append("begin")
    try:
        yield log
    except Exception:
        log.append("rollback")
        raise
    else:
        log.append("commit")

log = []
with transaction(log):
    log.append("insert")
try:
    with transaction(log):
        log.append("bad insert")
        raise ValueError("constraint")
except ValueError as e:
    log.append("error: %s" % e)
print(log)

@contextmanager
def value_in_exit():
    r = yield 10
    print("sent value", r)

with value_in_exit() as v:
    print(v)
