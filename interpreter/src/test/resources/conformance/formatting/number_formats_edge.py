vals = [0, -0.0, 1.5, -2.25, 1e16, 1.0e-7, 123456789.123, float("inf"), float("-inf"), float("nan")]
for v in vals:
    print(f"{v!r:>14} | {v:.2f} | {v:g} | {v:10.3e} | {v:+.1f}")
for n in [0, 7, -7, 255, 10**12, -(2**40)]:
    print(f"{n:>15,} {n:#012x} {n:+b}"[:60])
print(f"{0.5:.0f} {1.5:.0f} {2.5:.0f} {-0.5:.0f}")
print(round(2.675, 2), round(0.125, 2), round(-1.5), round(2.5), round(3.5))
print(f"{1/3:.15f} {2/3:.1%} {100:.2%}")
print(f"{12:{'>'}{6}}|", f"{'x':{'^'}9}|")
print(f"{3.0:n} {1234.5:n} {1e100:.3}")
print(f"{True:d} {False:>5} {True!r:>6}")
print(f"{-1234567:_d} {0x7fffffff:_x}")
print(str(1e22), str(1e-5), str(123.0), repr(0.1 + 0.2), 1e21, 1e15 + 0.3)
print(format(2**0.5, ".17g"), format(1.1, ".20f")[:12])
for spec in ["z.1f", "#.0f", ".0e", "010.2f", "<8.1f"]:
    try:
        print(spec, "->", format(-0.04, spec) + "|")
    except ValueError as e:
        print(spec, type(e).__name__, e)
