# common string-building idioms
def show(label, fn):
    try:
        print(label, "->", repr(fn()))
    except Exception as e:
        print(label, "!!", type(e).__name__ + ":", e)


def build_table():
    rows = [("apple", 3, 1.5), ("kiwi", 12, 0.25), ("melon", 1, 3.0)]
    lines = [f"{'item':<8}{'qty':>5}{'price':>8}"]
    for name, qty, price in rows:
        lines.append(f"{name:<8}{qty:>5}{price:>8.2f}")
    return "\n".join(lines)

show('build_table()', lambda: (build_table()))
show('"".join(reversed("stressed"))', lambda: ("".join(reversed("stressed"))))
show('"-".join(f"{i:02d}" for i in range(4))', lambda: ("-".join(f"{i:02d}" for i in range(4))))
show('" ".join(w.capitalize() for w in "hello big world".split())', lambda: (" ".join(w.capitalize() for w in "hello big world".split())))
show('"snake_case_name".split("_")[0] + "".join(w.title() for w in "snake_case_name".split("_")[1:])', lambda: ("snake_case_name".split("_")[0] + "".join(w.title() for w in "snake_case_name".split("_")[1:])))
show('"".join(c if c.isalnum() else "_" for c in "a-b c.d")', lambda: ("".join(c if c.isalnum() else "_" for c in "a-b c.d")))
show('"CamelCaseString"[0].lower() + "".join("_" + c.lower() if c.isupper() else c for c in "CamelCaseString"[1:])', lambda: ("CamelCaseString"[0].lower() + "".join("_" + c.lower() if c.isupper() else c for c in "CamelCaseString"[1:])))
show('"%-6s|%6s|" % ("ab", "cd")', lambda: ("%-6s|%6s|" % ("ab", "cd")))
show('"\\n".join(["a", "b"]).splitlines()', lambda: ("\n".join(["a", "b"]).splitlines()))
show('"x".join([]) == ""', lambda: ("x".join([]) == ""))
show('"abc".center(9, "=").replace("=", "-", 2)', lambda: ("abc".center(9, "=").replace("=", "-", 2)))
