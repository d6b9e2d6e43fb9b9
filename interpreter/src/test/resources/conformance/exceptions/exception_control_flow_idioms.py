# exceptions used for control flow
def show(label, fn):
    try:
        print(label, "->", repr(fn()))
    except Exception as e:
        print(label, "!!", type(e).__name__ + ":", e)


def parse_all(items):
    good, bad = [], []
    for s in items:
        try:
            good.append(int(s))
        except ValueError:
            bad.append(s)
    return good, bad


def safe_get(d, *keys):
    try:
        for k in keys:
            d = d[k]
        return d
    except (KeyError, TypeError) as e:
        return f"missing ({type(e).__name__})"


class Found(Exception):
    pass


def first_match(xs):
    try:
        for x in xs:
            if x % 2 == 0:
                raise Found(x)
    except Found as f:
        return f"found {f.args[0]}"
    return "no even number"


def eafp_vs_lbyl(d, k):
    lbyl = d[k] if k in d else None
    try:
        eafp = d[k]
    except KeyError:
        eafp = None
    return lbyl == eafp


def retry_until(outcomes):
    log = []
    for attempt, outcome in enumerate(outcomes, 1):
        try:
            if outcome is not None:
                raise outcome(f"attempt {attempt}")
            log.append(f"success on {attempt}")
            break
        except (ValueError, KeyError) as e:
            log.append(f"{type(e).__name__}: {e}")
    return log

show('parse_all(["1", "x", "3", "", "4.5"])', lambda: (parse_all(["1", "x", "3", "", "4.5"])))
show('safe_get({"a": {"b": 1}}, "a", "b"), safe_get({"a": {}}, "a", "b"), safe_get({"a": 5}, "a", "b")', lambda: (safe_get({"a": {"b": 1}}, "a", "b"), safe_get({"a": {}}, "a", "b"), safe_get({"a": 5}, "a", "b")))
show('first_match([1, 3, 8, 5])', lambda: (first_match([1, 3, 8, 5])))
show('first_match([1, 3])', lambda: (first_match([1, 3])))
show('eafp_vs_lbyl({"k": 1}, "k"), eafp_vs_lbyl({}, "k")', lambda: (eafp_vs_lbyl({"k": 1}, "k"), eafp_vs_lbyl({}, "k")))
show('retry_until([ValueError, KeyError, None])', lambda: (retry_until([ValueError, KeyError, None])))
