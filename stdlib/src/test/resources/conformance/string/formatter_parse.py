import string

f = string.Formatter()
for s in ["plain", "a{{b}}c", "{0}", "{}{}", "x{name!r:>{w}}y", "{:}", "{!s}",
          "{0[a:b]}", "{a.b[c]}", "{{}}", "", "{ }", "{0:{{}}}", "{0.x[1][y]:>10}",
          "lit {0} mid {1!a} end"]:
    print(repr(s), list(f.parse(s)))
it = f.parse("ok {0} then }")
print(next(it))
try:
    next(it)
except ValueError as e:
    print("ValueError", e)
