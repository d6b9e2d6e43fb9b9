import io

data = "a\r\nb\rc\nd"
for nl in (None, "", "\n", "\r", "\r\n"):
    s = io.StringIO(data, newline=nl)
    print(repr(nl), repr(s.getvalue()), s.readlines())
    s = io.StringIO(newline=nl)
    s.write("x\ny\r\nz\r")
    s.seek(0)
    print("   ", repr(s.read()), list(io.StringIO(s.getvalue(), newline=nl)))

s = io.StringIO("one\rtwo\r\nthree", newline="")
print([line for line in s])
s = io.StringIO("one\rtwo\r\nthree", newline=None)
print([line for line in s], s.tell())
