# yield expressions inside loop conditions and bodies keep their state across resumes


def tokenizer():
    tokens = []
    while (ch := (yield len(tokens))) is not None:
        if tokens and tokens[-1].isdigit() and ch.isdigit():
            tokens[-1] += ch
        elif ch != " ":
            tokens.append(ch)
    return tokens


t = tokenizer()
next(t)
for ch in "12 + 345*6":
    t.send(ch)
try:
    t.send(None)
except StopIteration as e:
    print(e.value)


def accumulate_until(limit):
    total = 0
    while total + (yield total) < limit if False else total < limit:
        total += (yield total)
    return total


g = accumulate_until(10)
values = []
try:
    values.append(next(g))
    for v in [3, 4, 5, 6]:
        values.append(g.send(v))
except StopIteration as e:
    values.append(("done", e.value))
print(values)


def pairs():
    for i in range(3):
        left = yield ("L", i)
        right = yield ("R", i)
        print(f"  pair {i}: {left!r} {right!r}")


g = pairs()
print(next(g))
for v in "abcde":
    try:
        print(g.send(v))
    except StopIteration:
        print("exhausted")
