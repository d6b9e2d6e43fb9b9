# format() specs, f-strings, str.format and %-formatting with complex
def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__ + ":", e)

values = [1 + 2j, -1.5 - 0.25j, 2j, 0j, complex(-0.0, 1), complex(1234567.891, -0.000123),
          complex(float("inf"), float("nan")), complex(1e20, 1e-20)]
specs = ["", "g", ".2f", "10.3f", "<20", "^24.2e", ">18", "+", " ", "-", "+.3g", ",", "_.2f",
         ",.1f", "E", "G", "F", "e", ".0f", "#g", "#.0f", "z.1f", "*^30", "x<12", "n", ".3",
         ".10", "20"]
for v in values:
    for s in specs:
        show("%r %r" % (v, s), lambda: format(v, s))

for s in ["05", "010.2f", "=10", "d", "%", "s", "b", ",n", "0<10"]:
    show("error %r" % s, lambda: format(1 + 2j, s))

z = 3.14159 - 2.71828j
print(f"{z}", f"{z!r}", f"{z!s}", f"{z:.2f}", f"{z:>30}", f"{z=}", f"{z.real:.1f}")
print("{} {!r} {:.3e} {:^20.1f}|".format(z, z, z, z))
print("{0.real} {0.imag}".format(z))
print("%s %r" % (z, z))
print("%s" % (1j,), "%r" % 2j)
for spec in ["%d", "%i", "%f", "%.2e", "%g", "%x", "%o", "%c", "%5.1f", "%u", "%X"]:
    show(spec, lambda: spec % z)
show("%(k)f", lambda: "%(k)f" % {"k": 1j})
