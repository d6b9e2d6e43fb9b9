# A small program: an editable ASCII text buffer with undo, built on bytearray.
class TextBuffer:
    def __init__(self, text=""):
        self.data = bytearray(text, "ascii")
        self.undo = []

    def insert(self, pos, text):
        self.undo.append(bytes(self.data))
        self.data[pos:pos] = text.encode("ascii")

    def delete(self, start, end):
        self.undo.append(bytes(self.data))
        del self.data[start:end]

    def replace_all(self, old, new):
        self.undo.append(bytes(self.data))
        self.data = self.data.replace(old.encode(), new.encode())

    def revert(self):
        self.data = bytearray(self.undo.pop())

    def __str__(self):
        return self.data.decode("ascii")

buf = TextBuffer("hello world")
buf.insert(5, ",")
buf.insert(len(buf.data), "!")
print(buf)
buf.delete(0, 1)
buf.insert(0, "H")
print(buf)
buf.replace_all("o", "0")
print(buf, buf.data.count(b"0"))
buf.revert()
print(buf)
words = buf.data.split()
print(words, [w.title() for w in words])
print(bytearray(b" ").join(reversed(words)).decode())
upper = buf.data.upper()
upper[0:1] = b"J"
print(upper, buf)
lines = bytearray(b"one\ntwo\r\nthree").splitlines()
print([bytes(l) for l in lines], [len(l) for l in lines])
