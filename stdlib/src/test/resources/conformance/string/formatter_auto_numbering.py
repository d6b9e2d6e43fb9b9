import string

f = string.Formatter()
print(f.format("{}{}{}", "a", "b", "c"))
print(f.format("{0}{0}{1}", "a", "b"))
print(f.format("{:{}}|", "x", 5))
print(f.format("{0:{1}}|", "x", 5))
for s in ["{}{0}", "{0}{}", "{:{0}}", "{0:{}}"]:
    try:
        print(f.format(s, 3, 4))
    except ValueError as e:
        print(repr(s), "ValueError", e)
print(f.format("{a}{}{b}{}", 1, 2, a="A", b="B"))
