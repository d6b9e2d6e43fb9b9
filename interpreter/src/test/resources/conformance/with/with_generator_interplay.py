class Logger:
    def __init__(self):
        self.events = []

    def __enter__(self):
        self.events.append("enter")
        return self

    def __exit__(self, et, ev, tb):
        self.events.append(f"exit {et.__name__ if et else None}")
        return False


def producer(log):
    with log:
        yield 1
        yield 2


log = Logger()
g = producer(log)
print(next(g), log.events)
g.close()
print(log.events)

log = Logger()
print(list(producer(log)), log.events)

log = Logger()
g = producer(log)
next(g)
try:
    g.throw(ValueError("x"))
except ValueError:
    pass
print(log.events)
