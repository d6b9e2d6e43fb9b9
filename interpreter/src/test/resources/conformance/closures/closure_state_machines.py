# closures holding state
def show(label, fn):
    try:
        print(label, "->", repr(fn()))
    except Exception as e:
        print(label, "!!", type(e).__name__ + ":", e)


def make_toggle():
    state = False

    def toggle():
        nonlocal state
        state = not state
        return state
    return toggle


def run_toggle():
    t = make_toggle()
    return [t() for _ in range(4)]


def make_limiter(limit):
    used = 0

    def allow():
        nonlocal used
        if used >= limit:
            return False
        used += 1
        return True
    return allow


def run_rate_limiter():
    allow = make_limiter(2)
    return [allow() for _ in range(4)]


def make_memo():
    cache = {}
    hits = [0]

    def get(n):
        if n in cache:
            hits[0] += 1
        else:
            cache[n] = n * n
        return cache[n]
    return get, hits


def run_memo_counter():
    get, hits = make_memo()
    vals = [get(n) for n in (2, 3, 2, 2, 4)]
    return vals, hits[0]

show('run_toggle()', lambda: (run_toggle()))
show('run_rate_limiter()', lambda: (run_rate_limiter()))
show('run_memo_counter()', lambda: (run_memo_counter()))
