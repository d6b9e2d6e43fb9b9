data = [("left", "<"), ("center", "^"), ("right", ">")]
for word, align in data:
    for width in (8, 10):
        print(f"[{word:{align}{width}}]", "[{:{}{}}]".format(word, align, width))
fill = "~"
print(f"[{'x':{fill}^{7}}]")
prec = 4
for v in (3.14159265, 2.0, 1 / 7):
    print(f"{v:.{prec}f} {v:{10}.{prec - 2}f}| {v:{'+' if v > 3 else ' '}.1f}")
spec = ">8.2f"
print(f"{12.3456:{spec}}|", format(12.3456, spec) + "|")
table = {"a": 1, "bb": 22, "ccc": 333}
kw = max(map(len, table))
vw = max(len(str(v)) for v in table.values())
for k, v in table.items():
    print(f"{k:<{kw}} : {v:>{vw}}")
print("{0:{1}}|{0:{2}}|".format(5, "<4", ">4"))
print(f"{'%d items' % 3:>12}")
print(f"{f'{1 + 1}':>3}")
print(f"{'nested {braces}'}", f"{{x}}", f"{{{3}}}")
x = 7
print(f"{x=}", f"{x = }", f"{x=:>4}", f"{x*2=!r}")
