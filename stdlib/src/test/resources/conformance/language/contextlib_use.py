from contextlib import contextmanager, suppress, nullcontext, ExitStack, closing


@contextmanager
def tag(name):
    print(f"<{name}>")
    try:
        yield name.upper()
    finally:
        print(f"</{name}>")


with tag("html") as t:
    with tag("body"):
        print("content", t)

with suppress(KeyError, IndexError):
    {}["missing"]
print("suppressed KeyError")

with nullcontext(5) as n:
    print("nullcontext gives", n)


@contextmanager
def transaction(log):
    log.append("begin")
    try:
        yield log
    except ValueError as e:
        log.append(f"rollback: {e}")
    else:
        log.append("commit")


log = []
with transaction(log):
    log.append("work")
with transaction(log):
    raise ValueError("bad data")
print(log)

with ExitStack() as stack:
    for i in range(3):
        stack.enter_context(tag(f"item{i}"))
    stack.callback(print, "callback runs first")
    print("inside stack")


class Thing:
    def close(self):
        print("closed thing")


with closing(Thing()):
    print("using thing")

