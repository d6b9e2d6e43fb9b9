# recursive functions
def show(label, fn):
    try:
        print(label, "->", repr(fn()))
    except Exception as e:
        print(label, "!!", type(e).__name__ + ":", e)


def fact(n):
    return 1 if n < 2 else n * fact(n - 1)


def fib_memo(n, memo={}):
    if n < 2:
        return n
    if n not in memo:
        memo[n] = fib_memo(n - 1) + fib_memo(n - 2)
    return memo[n]


def ackermann(m, n):
    if m == 0:
        return n + 1
    if n == 0:
        return ackermann(m - 1, 1)
    return ackermann(m - 1, ackermann(m, n - 1))


def flatten_deep(xs):
    return [y for x in xs for y in (flatten_deep(x) if isinstance(x, list) else [x])]


def power_set_size(n):
    return 1 if n == 0 else 2 * power_set_size(n - 1)


def gcd(a, b):
    return a if b == 0 else gcd(b, a % b)


def lcm(a, b):
    return a * b // gcd(a, b)


def binary_search(xs, target, lo=0, hi=None):
    hi = len(xs) if hi is None else hi
    if lo >= hi:
        return -1
    mid = (lo + hi) // 2
    if xs[mid] == target:
        return mid
    if xs[mid] < target:
        return binary_search(xs, target, mid + 1, hi)
    return binary_search(xs, target, lo, mid)

show('fact(20)', lambda: (fact(20)))
show('fib_memo(90)', lambda: (fib_memo(90)))
show('ackermann(2, 3)', lambda: (ackermann(2, 3)))
show('flatten_deep([1, [2, [3, [4, [5]]]]])', lambda: (flatten_deep([1, [2, [3, [4, [5]]]]])))
show('power_set_size(10)', lambda: (power_set_size(10)))
show('gcd(1071, 462), lcm(21, 6)', lambda: (gcd(1071, 462), lcm(21, 6)))
show('binary_search(list(range(0, 100, 3)), 42), binary_search(list(range(0, 100, 3)), 43)', lambda: (binary_search(list(range(0, 100, 3)), 42), binary_search(list(range(0, 100, 3)), 43)))
