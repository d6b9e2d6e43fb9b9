# Write a small report into a StringIO, then parse it back line by line.
import io

rows = [("apples", 3, 0.5), ("pears", 10, 0.25), ("plums", 7, 1.125)]

out = io.StringIO()
print("item,qty,price", file=out)
for name, qty, price in rows:
    print(f"{name},{qty},{price}", file=out)
report = out.getvalue()
print(report, end="")

total = 0.0
inp = io.StringIO(report)
header = inp.readline().rstrip("\n").split(",")
for line in inp:
    rec = dict(zip(header, line.rstrip("\n").split(",")))
    cost = int(rec["qty"]) * float(rec["price"])
    total += cost
    print("%-7s %6.3f" % (rec["item"], cost))
print("total", total)
