# CPython's errors for malformed conditional groups
import re

for pattern in [r"(?(1)a|b|c)", r"(a)(?(2)a|b)", r"(?(x)a|b)", r"(a)(?(0)a|b)",
                r"(a)(?(-1)a|b)", r"(a)(?(1x)a|b)", r"(a)(?(1)a|b", r"(a)(?(1",
                r"(a)(?()a)", r"(a)(?(1)a)(?(3)b)", r"(?P<n>a)(?(m)b)", r"(?(1a)b)",
                r"(a)(?(99999999999)b)", r"(a)(?<=(?(1)b)c)x"]:
    try:
        re.compile(pattern)
        print(pattern, "compiled")
    except re.error as e:
        print(pattern, "->", e.msg, "| pos", e.pos)
print(re.compile(r"(a)(?(1)b|)c").match("abc"), re.compile(r"(a)?(?(1)|x)").match("x"))
print(re.compile(r"(?x) (a)?  (?(1) b | c )").match("ab"))
