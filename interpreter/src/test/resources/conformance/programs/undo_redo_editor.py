class Editor:
    def __init__(self):
        self.text = ""
        self.undo_stack = []
        self.redo_stack = []

    def _apply(self, op):
        kind, pos, s = op
        if kind == "ins":
            self.text = self.text[:pos] + s + self.text[pos:]
        else:
            self.text = self.text[:pos] + self.text[pos + len(s):]

    @staticmethod
    def _inverse(op):
        kind, pos, s = op
        return ("del" if kind == "ins" else "ins", pos, s)

    def insert(self, pos, s):
        if not 0 <= pos <= len(self.text):
            raise IndexError(f"position {pos} out of range 0..{len(self.text)}")
        op = ("ins", pos, s)
        self._apply(op)
        self.undo_stack.append(op)
        self.redo_stack.clear()

    def delete(self, pos, n):
        s = self.text[pos:pos + n]
        if len(s) != n:
            raise IndexError(f"cannot delete {n} chars at {pos}")
        op = ("del", pos, s)
        self._apply(op)
        self.undo_stack.append(op)
        self.redo_stack.clear()

    def undo(self):
        if not self.undo_stack:
            raise LookupError("nothing to undo")
        op = self.undo_stack.pop()
        self._apply(self._inverse(op))
        self.redo_stack.append(op)

    def redo(self):
        if not self.redo_stack:
            raise LookupError("nothing to redo")
        op = self.redo_stack.pop()
        self._apply(op)
        self.undo_stack.append(op)

ed = Editor()
script = [("insert", 0, "hello"), ("insert", 5, " world"), ("delete", 0, 1), ("insert", 0, "J"),
          ("undo",), ("undo",), ("redo",), ("insert", 11, "!"), ("redo",), ("delete", 3, 50),
          ("insert", 99, "x"), ("undo",), ("undo",), ("undo",), ("undo",), ("undo",)]
for cmd, *args in script:
    try:
        getattr(ed, cmd)(*args)
        print(f"{cmd:<7}{str(args):<14}-> {ed.text!r}")
    except (IndexError, LookupError) as e:
        print(f"{cmd:<7}{str(args):<14}!! {type(e).__name__}: {e}")
