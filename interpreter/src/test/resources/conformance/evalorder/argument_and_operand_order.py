# left-to-right evaluation order
def show(label, fn):
    try:
        print(label, "->", repr(fn()))
    except Exception as e:
        print(label, "!!", type(e).__name__ + ":", e)


seen = []


def t(label, value):
    seen.append(label)
    return value


def order(fn):
    seen.clear()
    result = fn()
    return " ".join(seen), result


def assign_order():
    d = {}
    t("target", d)[t("key", "k")] = t("value", 1)
    return d

show('order(lambda: t("f", lambda *a: a)(t("a", 1), t("b", 2), k=t("k", 3)))', lambda: (order(lambda: t("f", lambda *a: a)(t("a", 1), t("b", 2), k=t("k", 3)))))
show('order(lambda: t("x", 1) + t("y", 2) * t("z", 3))', lambda: (order(lambda: t("x", 1) + t("y", 2) * t("z", 3))))
show('order(lambda: {t("k1", 1): t("v1", 1), t("k2", 2): t("v2", 2)})', lambda: (order(lambda: {t("k1", 1): t("v1", 1), t("k2", 2): t("v2", 2)})))
show('order(lambda: [t("a", 1), *t("s", [2]), t("b", 3)])', lambda: (order(lambda: [t("a", 1), *t("s", [2]), t("b", 3)])))
show('order(lambda: t("obj", [0, 0]).__setitem__(t("idx", 0), t("val", 9)))', lambda: (order(lambda: t("obj", [0, 0]).__setitem__(t("idx", 0), t("val", 9)))))
show('order(lambda: t("l", 1) < t("m", 2) < t("r", 0) < t("never", 9))', lambda: (order(lambda: t("l", 1) < t("m", 2) < t("r", 0) < t("never", 9))))
show('order(lambda: t("c", 0) and t("skipped", 1))', lambda: (order(lambda: t("c", 0) and t("skipped", 1))))
show('order(lambda: t("c", 0) or t("taken", 1))', lambda: (order(lambda: t("c", 0) or t("taken", 1))))
show('order(lambda: t("then", 1) if t("cond", True) else t("else", 2))', lambda: (order(lambda: t("then", 1) if t("cond", True) else t("else", 2))))
show('order(lambda: f"{t(\'p\', 1)}{t(\'q\', 2)}")', lambda: (order(lambda: f"{t('p', 1)}{t('q', 2)}")))
show('order(lambda: t("base", 2) ** t("exp", 3))', lambda: (order(lambda: t("base", 2) ** t("exp", 3))))
show('order(lambda: t("o", {"a": 1})[t("key", "a")])', lambda: (order(lambda: t("o", {"a": 1})[t("key", "a")])))
show('order(assign_order)', lambda: (order(assign_order)))
