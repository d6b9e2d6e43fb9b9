# sys.stderr as the default stream, the handler of last resort, formatting errors
import io
import logging
import sys

captured = io.StringIO()
real_stderr = sys.stderr
sys.stderr = captured
try:
    log = logging.getLogger("nohandlers")
    log.warning("via the last resort %s", "handler")
    log.info("info is below the last resort's level")
    print(repr(logging.lastResort), logging.lastResort.level)

    logging.basicConfig(format="%(levelname)s:%(name)s:%(message)s")
    logging.getLogger("configured").error("to stderr through basicConfig")
    print(repr(logging.root.handlers[0]))

    bad = logging.getLogger("bad")
    bad.propagate = False
    h = logging.StreamHandler(io.StringIO())
    bad.addHandler(h)
    bad.warning("bad %d", "x")
    logging.raiseExceptions = False
    bad.warning("silent %d", "y")
    logging.raiseExceptions = True
finally:
    sys.stderr = real_stderr

for line in captured.getvalue().splitlines():
    if not line.startswith("  ") and line != "Call stack:":
        print(line)

buf = io.StringIO()
h = logging.StreamHandler(buf)
h.setFormatter(logging.Formatter("%(asctime)s|%(message)s", datefmt="%Y"))
t = logging.getLogger("timed")
t.addHandler(h)
t.warning("dated")
year, message = buf.getvalue().rstrip("\n").split("|")
print(len(year), year.isdigit(), message)
old = h.setStream(io.StringIO())
print(old is buf, h.setStream(h.stream))
