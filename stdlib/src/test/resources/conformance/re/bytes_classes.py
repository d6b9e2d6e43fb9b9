# bytes patterns use ASCII rules: \w \d \s \b and case-insensitivity ignore bytes >= 0x80
import re

data = bytes(range(0x20, 0x7f)) + b"\t\n\x0b\x0c\r\x1c\x85\xa0\xb2\xc0\xe9\xff"
for cls in [rb"\w", rb"\d", rb"\s", rb"\W", rb"\D", rb"\S"]:
    found = re.findall(cls, data)
    print(cls, len(found), b"".join(found)[:40])
print(re.findall(rb"\w+", b"caf\xe9 na\xefve ok_1"))
print(re.findall(rb"(?i)[a-z]+", b"ABC def \xc9\xe9"), re.findall(rb"(?i)\xe9", b"\xc9\xe9"))
print(re.match(rb"(?i)k", b"\xe2\x84\xaa"), re.match("(?i)k", "\u212a"))
print(re.findall(rb"\bx\b", b"x \xe9x x\xe9 x_"), re.findall(rb"\Bx", b"ax \xe9x"))
print(re.findall(rb"[^\x00-\x7f]+", b"ab\x80\x81cd\xff"))
print(re.fullmatch(rb"[\w\s]+", b"a b\tc"), re.fullmatch(rb"[\w\s]+", b"a\xa0b"))
print(re.compile(rb"a", re.L | re.I).match(b"A"), re.compile(b"(?L)a").flags)
print(re.compile(b"(?a)x").flags, re.compile(b"(?i)x").flags, re.compile("x").flags)
print(re.match(rb"\x41\101\n", b"AA\n"), re.match(rb"[\x41-\x43]+", b"ABCD"))
print(re.findall(rb".", b"a\nb", re.S), re.findall(rb"^\w", b"a\nb\nc", re.M))
print(re.search(rb"(?<=\xff)\w", b"\xffz"), re.search(rb"(?<!a)b", b"ab cb"))
print(re.findall(rb"(a|b)\1", b"aa ab bb"), re.findall(rb"(?P<c>.)(?P=c)", b"xxyzz"))
