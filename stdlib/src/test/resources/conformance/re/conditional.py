# conditional groups (?(id)yes|no) and (?(name)yes|no)
import re

email = re.compile(r"(<)?(\w+@\w+(?:\.\w+)+)(?(1)>|$)")
for s in ["<user@host.com>", "user@host.com", "<user@host.com", "user@host.com>"]:
    m = email.match(s)
    print(repr(s), m and m.group(2), m and m.groups())

quoted = re.compile(r'(?P<q>["\'])?(?P<word>\w+)(?(q)(?P=q))')
print([m.group("word", "q") for m in quoted.finditer("""a "b" 'c' "d' e""")])
print(quoted.findall("x 'y'"))
print(re.sub(r"(\()?(\d+)(?(1)\))", r"<\2>", "(1) 2 (3 4) 5)"))
print(re.fullmatch(r"(a)?(?(1)b|c)", "ab"), re.fullmatch(r"(a)?(?(1)b|c)", "c"))
print(re.fullmatch(r"(a)?(?(1)b|c)", "ac"), re.fullmatch(r"(a)?(?(1)b)", ""))
print(re.match(r"^(?:(a)|b)(?(1)A|B)+$", "aAAA"), re.match(r"^(?:(a)|b)(?(1)A|B)+$", "bBB"))
print(re.match(r"^(?:(a)|b)(?(1)A|B)+$", "bA"))
print(re.compile(r"(a)(?(1)(b)|c)(d)").match("abd").groups(),
      re.compile(r"(a)?(?(1)(b)|c)(d)").match("cd").groups())
print(re.compile(r"(?P<x>a)?(?(x)b|c)").groups, re.compile(r"(?P<x>a)?(?(x)b|c)").groupindex)
print(re.compile(rb"(x)?(?(1)y|z)").findall(b"xy z xz"))
print(re.search(r"(?i)(a)?(?(1)B|C)", "xAb").group(), re.search(r"(\d)?(?(1)\d|x)", "x 12").span())
phone = re.compile(r"^(\()?\d{3}(?(1)\))[- ]?\d{4}$")
for s in ["(555)1234", "555-1234", "(555-1234", "555)1234"]:
    print(s, bool(phone.match(s)))
