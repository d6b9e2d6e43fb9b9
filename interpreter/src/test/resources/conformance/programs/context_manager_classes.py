# Context managers as classes: indentation printer, temporary settings, transaction


class Indenter:
    def __init__(self):
        self.level = 0

    def __enter__(self):
        self.level += 1
        return self

    def __exit__(self, *exc):
        self.level -= 1
        return False

    def print(self, text):
        print("    " * self.level + text)


with Indenter() as ind:
    ind.print("level one")
    with ind:
        ind.print("level two")
        with ind:
            ind.print("level three")
    ind.print("back to one")

settings = {"debug": False, "retries": 3}


class override:
    def __init__(self, **changes):
        self.changes = changes

    def __enter__(self):
        self.saved = {k: settings[k] for k in self.changes}
        settings.update(self.changes)
        return settings

    def __exit__(self, exc_type, exc, tb):
        settings.update(self.saved)
        if exc_type is KeyError:
            print("  suppressed", exc)
            return True


with override(debug=True) as s:
    print("inside:", s)
print("after:", settings)
with override(retries=0):
    print("inside:", settings)
    settings["missing_key_lookup"] = settings["nope"]
print("after error:", settings)


class Transaction:
    def __init__(self, ledger):
        self.ledger = ledger

    def __enter__(self):
        self.pending = []
        return self.pending

    def __exit__(self, exc_type, exc, tb):
        if exc_type is None:
            self.ledger.extend(self.pending)
            print("  committed", self.pending)
        else:
            print(f"  rolled back {self.pending} because {exc_type.__name__}: {exc}")
        return exc_type is ValueError


ledger = []
with Transaction(ledger) as t:
    t.append(+100)
    t.append(-30)
with Transaction(ledger) as t:
    t.append(-500)
    raise ValueError("overdraft")
try:
    with Transaction(ledger) as t:
        t.append(1)
        raise TypeError("bad type")
except TypeError:
    print("  TypeError propagated")
print(ledger, sum(ledger))
