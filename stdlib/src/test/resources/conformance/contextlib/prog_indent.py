# A tiny pretty printer whose indentation is managed with contextmanager.
from contextlib import contextmanager

class Writer:
    def __init__(self):
        self.level = 0
        self.lines = []

    @contextmanager
    def block(self, header):
        self.line(header + " {")
        self.level += 1
        try:
            yield self
        finally:
            self.level -= 1
            self.line("}")

    def line(self, text):
        self.lines.append("    " * self.level + text)

w = Writer()
with w.block("class A"):
    w.line("int x;")
    with w.block("void f()"):
        w.line("return;")
    with w.block("void g()") as inner:
        inner.line("x++;")
print("\n".join(w.lines))

def emit(tree, w):
    name, children = tree
    if not children:
        w.line(name + ";")
        return
    with w.block(name):
        for c in children:
            emit(c, w)

w2 = Writer()
emit(("root", [("a", []), ("b", [("c", []), ("d", [("e", [])])])]), w2)
print("\n".join(w2.lines))
