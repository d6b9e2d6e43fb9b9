def parse_row(n, row):
    try:
        name, qty = row.split(",")
        return name, int(qty)
    except ValueError as e:
        e.add_note(f"while parsing row {n}: {row!r}")
        raise

rows = ["apple,3", "pear,x", "plum"]
for n, row in enumerate(rows, 1):
    try:
        print(parse_row(n, row))
    except ValueError as e:
        print(type(e).__name__, e)
        print("  notes:", e.__notes__)
e = KeyError("k")
print(hasattr(e, "__notes__"))
e.add_note("first")
e.add_note("second")
print(e.__notes__, str(e), repr(e))
try:
    e.add_note(42)
except TypeError as err:
    print(type(err).__name__, err)
class Tagged(Exception):
    def __init__(self, msg, *tags):
        super().__init__(msg)
        for t in tags:
            self.add_note(f"tag: {t}")
try:
    raise Tagged("boom", "net", "retry")
except Tagged as t:
    print(t, t.__notes__, t.args)
