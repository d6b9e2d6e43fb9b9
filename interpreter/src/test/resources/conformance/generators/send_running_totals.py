def running(kind):
    totals = {}
    report = None
    while True:
        msg = yield report
        if msg is None:
            report = dict(sorted(totals.items()))
            continue
        key, amount = msg
        if not isinstance(amount, (int, float)):
            report = f"ignored {key}: {amount!r} is not a number"
            continue
        totals[key] = totals.get(key, 0) + amount
        report = f"{kind} {key} -> {totals[key]}"

r = running("sales")
next(r)
for m in [("ann", 10), ("bob", 5), ("ann", 2.5), ("cy", "x"), None, ("bob", -5), None]:
    print(r.send(m))
def echo_upper():
    out = None
    try:
        while True:
            text = yield out
            out = text.upper()
    except AttributeError as e:
        yield f"bad input: {e}"
e = echo_upper()
next(e)
print(e.send("hi"), e.send("there"), e.send(42))
try:
    e.send("more")
except StopIteration:
    print("echo finished")
