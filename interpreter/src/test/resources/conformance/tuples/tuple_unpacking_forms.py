# tuple unpacking forms
def show(label, fn):
    try:
        print(label, "->", repr(fn()))
    except Exception as e:
        print(label, "!!", type(e).__name__ + ":", e)


def swap():
    a, b = 1, 2
    a, b = b, a
    return a, b


def star_forms():
    first, *rest = [1, 2, 3]
    *init, last = "abc"
    a, *mid, z = range(5)
    (*only,) = [7]
    return first, rest, init, last, a, mid, z, only


def nested_forms():
    (a, b), [c, (d, e)] = (1, 2), [3, (4, 5)]
    return a + b + c + d + e


def loop_unpack():
    out = []
    for i, (k, v) in enumerate({"x": 1, "y": 2}.items()):
        out.append(f"{i}:{k}={v}")
    return out


def errors_unpack():
    out = []
    for src in [(1, 2, 3), (1,), 5, "ab"]:
        try:
            a, b = src
            out.append((a, b))
        except (ValueError, TypeError) as e:
            out.append(f"{type(e).__name__}: {e}")
    return out

show('swap()', lambda: (swap()))
show('star_forms()', lambda: (star_forms()))
show('nested_forms()', lambda: (nested_forms()))
show('loop_unpack()', lambda: (loop_unpack()))
show('errors_unpack()', lambda: (errors_unpack()))
