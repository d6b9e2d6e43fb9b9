# A small "resource pool" program using several contextlib tools together.
from contextlib import contextmanager, ExitStack, suppress

class Pool:
    def __init__(self):
        self.open = []
        self.log = []

    @contextmanager
    def connection(self, name):
        if name.startswith("bad"):
            raise ConnectionError("refused: " + name)
        self.open.append(name)
        self.log.append("+" + name)
        try:
            yield name.upper()
        finally:
            self.open.remove(name)
            self.log.append("-" + name)

pool = Pool()

def query_all(names):
    results = []
    with ExitStack() as stack:
        conns = []
        for n in names:
            with suppress(ConnectionError):
                conns.append(stack.enter_context(pool.connection(n)))
        results.append(("open", list(pool.open)))
        for c in conns:
            results.append(("query", c))
    results.append(("after", list(pool.open)))
    return results

for r in query_all(["db1", "bad1", "db2"]):
    print(r)
print(pool.log)

try:
    with pool.connection("db3") as c:
        print("using", c, pool.open)
        raise RuntimeError("query failed")
except RuntimeError as e:
    print("error:", e, pool.open)
print(pool.log)
