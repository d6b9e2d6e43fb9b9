# redirect_stdout / redirect_stderr swap sys.stdout / sys.stderr, which print follows
import io
import sys
from contextlib import redirect_stdout, redirect_stderr

buf = io.StringIO()
with redirect_stdout(buf) as target:
    print("captured", 1, 2, sep="-")
    print("second line", end="!")
    sys.stdout.write("|direct")
    print(target is buf, sys.stdout is buf)
print("after:", repr(buf.getvalue()))
print(sys.stdout is sys.__stdout__)

err = io.StringIO()
with redirect_stderr(err):
    print("to stderr", file=sys.stderr)
    sys.stderr.write("more\n")
print("stderr captured:", repr(err.getvalue()), sys.stderr is sys.__stderr__)

outer, inner = io.StringIO(), io.StringIO()
with redirect_stdout(outer):
    print("outer 1")
    with redirect_stdout(inner):
        print("inner")
    print("outer 2")
print(repr(outer.getvalue()), repr(inner.getvalue()))

cm = redirect_stdout(io.StringIO())
log = io.StringIO()
with cm:
    with redirect_stdout(log):
        print("a")
    with cm:
        print("reentered")
    print("b")
print(repr(log.getvalue()), repr(cm._new_target.getvalue()))

try:
    with redirect_stdout(io.StringIO()) as f:
        print("before error")
        raise ValueError("boom")
except ValueError as e:
    print("restored after", e, sys.stdout is sys.__stdout__, repr(f.getvalue()))


class Upper:
    def __init__(self):
        self.parts = []

    def write(self, s):
        self.parts.append(s.upper())
        return len(s)


u = Upper()
with redirect_stdout(u):
    print("hello", "world")
print(u.parts)

saved = sys.stdout
sys.stdout = io.StringIO()
print("assigned directly")
text = sys.stdout.getvalue()
sys.stdout = saved
print(repr(text))
sys.stdout = None
print("dropped")
sys.stdout = saved
print("back")
import pprint
pbuf = io.StringIO()
with redirect_stdout(pbuf):
    pprint.pprint({"k": list(range(3))})
print(repr(pbuf.getvalue()))
print(redirect_stdout.__mro__[1].__name__, redirect_stdout(None)._stream, redirect_stderr(None)._stream)
