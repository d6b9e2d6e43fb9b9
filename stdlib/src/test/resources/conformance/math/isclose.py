import math
print(math.isclose(1.0, 1.0 + 1e-10), math.isclose(1.0, 1.0001))
print(math.isclose(1.0, 1.0001, rel_tol=1e-3), math.isclose(0.0, 1e-10), math.isclose(0.0, 1e-10, abs_tol=1e-9))
print(math.isclose(math.inf, math.inf), math.isclose(math.inf, -math.inf), math.isclose(math.nan, math.nan))
print(math.isclose(1, 2, abs_tol=1), math.isclose(10**20, 10**20 + 1))
for kw in [{"rel_tol": -1}, {"abs_tol": -0.1}]:
    try:
        math.isclose(1, 1, **kw)
    except ValueError as e:
        print("ValueError", e)
