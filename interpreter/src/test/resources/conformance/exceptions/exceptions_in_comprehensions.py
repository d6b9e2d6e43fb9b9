def safe_div(a, b):
    try:
        return a / b
    except ZeroDivisionError as e:
        return f"{type(e).__name__}: {e}"
print([safe_div(10, b) for b in (2, 0, 5)])
try:
    [1 / x for x in (1, 0)]
except ZeroDivisionError as e:
    print(type(e).__name__, e)
try:
    {k: int(v) for k, v in [("a", "1"), ("b", "two")]}
except ValueError as e:
    print(type(e).__name__, e)
gen = (int(s) for s in ["1", "x", "3"])
print(next(gen))
try:
    next(gen)
except ValueError as e:
    print(type(e).__name__, e)
print(next(gen, "generator finished after error"))
def first_error(funcs):
    for f in funcs:
        try:
            f()
        except Exception as e:
            return type(e).__name__ + ": " + str(e)
    return None
print(first_error([lambda: None, lambda: [][1], lambda: 1 / 0]))
print(first_error([lambda: {}["x"], lambda: None]))
print(first_error([lambda: None]))
print(first_error([lambda: "a" + 1]))
print(first_error([lambda: None.attr]))
print(first_error([lambda: int("12", 1)]))
print(first_error([lambda: [].pop()]))
print(first_error([lambda: (1, 2).index(5)]))
print(first_error([lambda: "abc".index("z")]))
print(first_error([lambda: dict(a=1).popitem() and {}.popitem()]))
