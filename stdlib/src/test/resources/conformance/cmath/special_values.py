# Infinities and NaNs: CPython's results (C99 Annex G), with its ValueErrors
import cmath

inf = float("inf")
nan = float("nan")
parts = [-inf, -2.0, -0.0, 0.0, 2.0, inf, nan]
names = ["sqrt", "exp", "log", "acos", "acosh", "asin", "asinh", "atan", "atanh", "cos",
         "cosh", "sin", "sinh", "tan", "tanh", "log10"]
for name in names:
    f = getattr(cmath, name)
    row = []
    for x in parts:
        for y in parts:
            if x in (inf, -inf) or y in (inf, -inf) or x != x or y != y:
                try:
                    row.append(repr(f(complex(x, y))))
                except (ValueError, OverflowError) as e:
                    row.append(type(e).__name__)
    print(name, " ".join(row))
row = []
for r in parts:
    for phi in parts:
        if r in (inf, -inf) or phi in (inf, -inf) or r != r or phi != phi:
            try:
                row.append(repr(cmath.rect(r, phi)))
            except ValueError as e:
                row.append("ValueError")
print("rect", " ".join(row))
for z in [complex(inf, nan), complex(nan, inf), complex(inf, 0), complex(nan, 0), 0j,
          complex(1, inf), 1 + 2j]:
    print(repr(z), cmath.isfinite(z), cmath.isinf(z), cmath.isnan(z), cmath.polar(z))
