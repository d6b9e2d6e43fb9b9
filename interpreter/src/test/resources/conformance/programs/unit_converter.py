# Unit conversion tables with dicts of functions and error handling
LENGTH = {"m": 1.0, "km": 1000.0, "cm": 0.01, "mm": 0.001, "in": 0.0254, "ft": 0.3048, "mi": 1609.344}
TEMPERATURE = {
    ("c", "f"): lambda c: c * 9 / 5 + 32,
    ("f", "c"): lambda f: (f - 32) * 5 / 9,
    ("c", "k"): lambda c: c + 273.15,
    ("k", "c"): lambda k: k - 273.15,
}


class ConversionError(Exception):
    pass


def convert(value, src, dst):
    src, dst = src.lower(), dst.lower()
    if src in LENGTH and dst in LENGTH:
        return value * LENGTH[src] / LENGTH[dst]
    if (src, dst) in TEMPERATURE:
        return TEMPERATURE[(src, dst)](value)
    if src == dst:
        return value
    for mid in "ck":
        if (src, mid) in TEMPERATURE and (mid, dst) in TEMPERATURE:
            return TEMPERATURE[(mid, dst)](TEMPERATURE[(src, mid)](value))
    raise ConversionError(f"cannot convert {src!r} to {dst!r}")


queries = [(5, "km", "mi"), (12, "in", "cm"), (100, "C", "F"), (-40, "F", "C"),
           (0, "K", "F"), (6, "ft", "m"), (1, "kg", "lb"), (3, "m", "m")]
for value, src, dst in queries:
    try:
        result = convert(value, src, dst)
        print(f"{value:>6} {src:<3}= {result:>12.4f} {dst}")
    except ConversionError as e:
        print(f"{value:>6} {src:<3}! {e}")
table = [[round(convert(v, a, b), 3) for b in ("m", "ft", "in")] for v, a in [(1, "m"), (1, "ft")]]
print(table)
