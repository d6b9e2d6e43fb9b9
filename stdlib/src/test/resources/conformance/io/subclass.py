import io

class Upper(io.StringIO):
    def write(self, s):
        return super().write(s.upper())

u = Upper()
print("quiet words", file=u)
u.writelines(["more\n", "text\n"])
print(repr(u.getvalue()))

class Counting(io.StringIO):
    def __init__(self, text):
        super().__init__(text)
        self.lines_read = 0
    def readline(self, size=-1):
        self.lines_read += 1
        return super().readline(size)

c = Counting("a\nb\nc\n")
print(list(c), c.lines_read)

class Log(io.TextIOBase):
    def __init__(self):
        self.parts = []
    def write(self, s):
        self.parts.append(s)
        return len(s)
    def writable(self):
        return True

log = Log()
print("x", 1, file=log)
log.writelines(["y", "z"])
print(log.parts, log.closed)
with log:
    pass
print(log.closed)
