# sub, subn, split, expand and escape with bytes
import re

data = b"key1=val1&key2=val2&flag"
print(re.sub(rb"(\w+)=(\w+)", rb"\2=\1", data))
print(re.sub(rb"(?P<k>\w+)=(?P<v>\w+)", rb"<\g<v>:\g<k>:\g<0>>", data))
print(re.subn(rb"\d", b"#", data), re.subn(rb"\d", b"#", data, count=2))
print(re.sub(rb"[aeiou]", lambda m: m.group().upper(), data))
print(re.sub(rb"\d", lambda m: None if m.group() == b"1" else b"N", data))
print(re.sub(rb"\d", lambda m: bytearray(b"@"), data))
print(re.sub(b"", b"-", b"abc"), re.sub(b"x*", b"-", b"abxd"))
print(re.sub(rb"a", rb"\n\t\\", b"a"), re.sub(rb"(a)", rb"\1\01", b"a"))
print(re.sub(rb"a", bytearray(b"B"), bytearray(b"aXa")))
print(re.sub(rb"z", b"y", bytearray(b"abc")))
print(re.split(rb"[,;]\s*", b"a, b;c ,d"), re.split(rb"([,;])", b"a,b;c"))
print(re.split(rb",", b"a,b,c,d", maxsplit=2), re.split(rb"x*", b"axbc"))
print(re.split(b"z", bytearray(b"abc")))
m = re.match(rb"(\w+) (\w+)", b"hello world")
print(m.expand(rb"\2 \1!"), m.expand(rb"\g<2>-\g<1>"), m.expand(b"plain"))
print(re.escape(b"a.b*c?[d]\x00\xff (e)"), re.escape(bytearray(b"1+1=2")))
print(re.compile(rb"\s+").sub(b" ", b"a \t\n b"), re.compile(rb"\s+").subn(b"", b"  "))
print(re.sub(rb"(?i)HELLO", b"bye", b"hello Hello HELLO"))
print(re.sub(rb"\bcat\b", b"dog", b"cat concat cat."))
