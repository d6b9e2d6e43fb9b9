from contextlib import ExitStack, contextmanager, nullcontext

order = []

@contextmanager
def step(n):
    order.append("enter %d" % n)
    try:
        yield n
    finally:
        order.append("exit %d" % n)

with ExitStack() as outer:
    outer.enter_context(step(1))
    with ExitStack() as inner:
        inner.enter_context(step(2))
        inner.enter_context(step(3))
        moved = inner.pop_all()
    order.append("inner done")
    outer.enter_context(moved)
    outer.enter_context(nullcontext())
    order.append("body")
for o in order:
    print(o)

with ExitStack() as s:
    print(s.enter_context(nullcontext("result")))
    print(s.enter_context(step(9)))
print(order[-2:])
