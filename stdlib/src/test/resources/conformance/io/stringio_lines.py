import io

text = "first line\nsecond line\n\nfourth\nlast without newline"
s = io.StringIO(text)
print(repr(s.readline()))
print(repr(s.readline(3)), repr(s.readline()))
print(s.readlines())
print(repr(s.readline()))

s = io.StringIO(text)
for i, line in enumerate(s):
    print(i, repr(line))

s = io.StringIO(text)
print(s.readlines(15))
print(s.readlines(1))
print(s.readlines(0))

s = io.StringIO()
s.writelines(["a\n", "b\n", "c"])
s.writelines(x + "\n" for x in "xyz")
print(repr(s.getvalue()))
print(list(io.StringIO("")))
