# formatting floats many ways
def show(label, fn):
    try:
        print(label, "->", repr(fn()))
    except Exception as e:
        print(label, "!!", type(e).__name__ + ":", e)


vals = [0.0, 1.5, -2.25, 1234.5678, 1e-7, 6.02e23, 100.0, 1 / 3]

show('[f"{v:.2f}" for v in vals]', lambda: ([f"{v:.2f}" for v in vals]))
show('[f"{v:10.3e}" for v in vals]', lambda: ([f"{v:10.3e}" for v in vals]))
show('[f"{v:g}" for v in vals]', lambda: ([f"{v:g}" for v in vals]))
show('[f"{v:.3g}" for v in vals]', lambda: ([f"{v:.3g}" for v in vals]))
show('[f"{v:%}" for v in vals[:3]]', lambda: ([f"{v:%}" for v in vals[:3]]))
show('[f"{v:+.1f}" for v in vals]', lambda: ([f"{v:+.1f}" for v in vals]))
show('[repr(v) for v in vals]', lambda: ([repr(v) for v in vals]))
show('[str(round(v, 3)) for v in vals]', lambda: ([str(round(v, 3)) for v in vals]))
show('["%.4f" % v for v in vals]', lambda: (["%.4f" % v for v in vals]))
show('[format(v, ",.2f") for v in vals]', lambda: ([format(v, ",.2f") for v in vals]))
