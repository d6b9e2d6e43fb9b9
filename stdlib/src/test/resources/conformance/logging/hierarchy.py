# getLogger: dotted names form a hierarchy under the root; levels are inherited
import io
import logging

root = logging.getLogger()
print(repr(root), root is logging.getLogger("root"), root is logging.root)
a_b_c = logging.getLogger("a.b.c")
print(a_b_c.parent is root, a_b_c.name)
a = logging.getLogger("a")
print(a_b_c.parent is a, a.parent is root)
a_b = logging.getLogger("a.b")
print(a_b_c.parent is a_b, a_b.parent is a)
print(logging.getLogger("a.b") is a_b, a.getChild("b") is a_b, a_b.getChild("c.d").name)
print(root.getChild("x").name)

print(a_b_c.level, a_b_c.getEffectiveLevel())
a.setLevel(logging.INFO)
print(a_b_c.getEffectiveLevel(), repr(a_b_c), repr(a))
a_b.setLevel("DEBUG")
print(a_b_c.getEffectiveLevel(), a_b_c.isEnabledFor(logging.DEBUG), a.isEnabledFor(10))

stream = io.StringIO()
handler = logging.StreamHandler(stream)
handler.setFormatter(logging.Formatter("%(name)s|%(levelname)s|%(message)s"))
a.addHandler(handler)
a_b_c.debug("debug from c")
a_b_c.info("info from %s", "c")
a.debug("debug from a (filtered)")
a.info("info from a")
a_b.propagate = False
import sys
saved, sys.stderr = sys.stderr, io.StringIO()
a_b_c.warning("not propagated past a.b: no handler found, the last resort writes it")
print("stderr got:", repr(sys.stderr.getvalue()))
sys.stderr = saved
a_b.propagate = True
only_errors = io.StringIO()
h2 = logging.StreamHandler(only_errors)
h2.setLevel(logging.ERROR)
a_b.addHandler(h2)
a_b_c.error("to both")
a_b_c.warning("only to a's handler")
a_b.removeHandler(h2)
a_b_c.error("after removal")
print(stream.getvalue(), end="")
print("--")
print(only_errors.getvalue(), end="")
print(a.hasHandlers(), a_b_c.hasHandlers(), logging.getLogger("zzz").hasHandlers())

try:
    logging.getLogger(3)
except TypeError as e:
    print("TypeError", e)
for bad in ["NOPE", 1.5, None]:
    try:
        a.setLevel(bad)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
