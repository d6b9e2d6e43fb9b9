# evaluation order of augmented assignments
def show(label, fn):
    try:
        print(label, "->", repr(fn()))
    except Exception as e:
        print(label, "!!", type(e).__name__ + ":", e)


seen = []


def t(label, value):
    seen.append(label)
    return value


class Box:
    def __init__(self):
        self.v = 1


def order(fn):
    seen.clear()
    result = fn()
    return " ".join(seen), result


def aug_subscript():
    d = {"k": 1}
    t("container", d)[t("key", "k")] += t("value", 10)
    return d


def aug_attribute():
    b = Box()
    t("object", b).v *= t("factor", 5)
    return b.v


def chained_assignment():
    a = {}
    b = {}
    t("a", a)[t("ka", 1)] = t("b", b)[t("kb", 2)] = t("value", "v")
    return a, b


def multiple_targets_unpack():
    d = {}
    t("d1", d)[t("k1", "x")], t("d2", d)[t("k2", "y")] = t("pair", (1, 2))
    return d

show('order(aug_subscript)', lambda: (order(aug_subscript)))
show('order(aug_attribute)', lambda: (order(aug_attribute)))
show('order(chained_assignment)', lambda: (order(chained_assignment)))
show('order(multiple_targets_unpack)', lambda: (order(multiple_targets_unpack)))
