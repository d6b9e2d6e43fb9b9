# assignment expressions
def show(label, fn):
    try:
        print(label, "->", repr(fn()))
    except Exception as e:
        print(label, "!!", type(e).__name__ + ":", e)


def read_chunks():
    data = list("abcdefg")
    out = []
    while chunk := data[:3]:
        out.append("".join(chunk))
        del data[:3]
    return out


def filtered():
    values = [3, 8, 1, 12]
    if (big := [v for v in values if v > 5]):
        return big, len(big)


def walrus_in_while():
    n = 0
    steps = []
    while (n := n + 3) < 12:
        steps.append(n)
    return steps, n

show('read_chunks()', lambda: (read_chunks()))
show('[y for x in range(6) if (y := x * x) % 2]', lambda: ([y for x in range(6) if (y := x * x) % 2]))
show('filtered()', lambda: (filtered()))
show('(n := 10) + n', lambda: ((n := 10) + n))
show('walrus_in_while()', lambda: (walrus_in_while()))
show('any((hit := w).startswith("b") for w in ["ax", "by", "bz"]), hit', lambda: (any((hit := w).startswith("b") for w in ["ax", "by", "bz"]), hit))
