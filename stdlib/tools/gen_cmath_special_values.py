"""Prints the special-value tables of CmathModule.java, sampled from CPython (the oracle).

For every function and every pair of operand classes (-inf, negative, -0.0, +0.0, positive,
+inf, nan) where a part is not finite, it records CPython's result (or the exception it
raises). A cell whose result depends on the finite operand's value (e.g. exp(inf + yi) takes
the signs of cos(y) and sin(y)) is printed as '*' and computed in Java instead.

Usage: python3 stdlib/tools/gen_cmath_special_values.py
"""
import cmath
import math

INF = math.inf
CLASSES = [[-INF], [-2.5, -0.75, -1e10], [-0.0], [0.0], [2.5, 0.75, 1e10], [INF], [math.nan]]
FUNCS = ["acos", "acosh", "asinh", "atanh", "cosh", "exp", "log", "sinh", "sqrt", "tanh",
         "rect"]


def tok(v):
    if math.isnan(v):
        return "n"
    if math.isinf(v):
        return "i" if v > 0 else "-i"
    if v == 0:
        return "0" if math.copysign(1, v) > 0 else "-0"
    for name, c in (("p", math.pi), ("p2", math.pi / 2), ("p4", math.pi / 4),
                    ("p34", 3 * math.pi / 4)):
        if v == c:
            return name
        if v == -c:
            return "-" + name
    return repr(v)


def cell(f, x, y):
    try:
        if f == "rect":
            z = cmath.rect(x, y)
        else:
            z = getattr(cmath, f)(complex(x, y))
        return tok(z.real) + "," + tok(z.imag)
    except ValueError:
        return "V"
    except OverflowError:
        return "O"


for f in FUNCS:
    rows = []
    for xs in CLASSES:
        row = []
        for ys in CLASSES:
            if all(math.isfinite(v) for v in xs + ys):
                row.append(".")
                continue
            seen = {cell(f, x, y) for x in xs for y in ys}
            row.append(seen.pop() if len(seen) == 1 else "*")
        rows.append(" ".join(row))
    print('  private static final String %s =\n      "%s";' % (
        f.upper(), ' "\n      + "/ '.join(rows).replace('"\n      + "/', ' /"\n      + "', 0)))
