def averager():
    total = 0.0
    count = 0
    average = None
    while True:
        try:
            value = yield average
        except ValueError as e:
            print("  reset because", e)
            total, count, average = 0.0, 0, None
            continue
        if value is None:
            break
        total += value
        count += 1
        average = total / count
    return (count, average)

avg = averager()
print(next(avg))
for v in [10, 20, 30]:
    print("send", v, "->", avg.send(v))
print("throw ->", avg.throw(ValueError("bad sensor")))
print("send 4 ->", avg.send(4))
try:
    avg.send(None)
except StopIteration as e:
    print("finished", e.value)
try:
    avg.send(1)
except StopIteration as e:
    print("again", type(e).__name__, e.value)
def delegator(results):
    while True:
        results.append((yield from averager()))
res = []
d = delegator(res)
next(d)
for v in [1, 2, 3, None, 5, None]:
    d.send(v)
print(res)
