# level names and Formatter styles and fields
import io
import logging

for level in (0, 10, 20, 30, 40, 50, 15):
    print(level, logging.getLevelName(level))
for name in ("DEBUG", "WARN", "FATAL", "nope"):
    print(name, logging.getLevelName(name))
logging.addLevelName(25, "NOTICE")
print(logging.getLevelName(25), logging.getLevelName("NOTICE"))
print(logging.WARN, logging.FATAL, logging.NOTSET, logging.BASIC_FORMAT)


def show(formatter, *args, level=logging.INFO, name="fmt.test", exc_info=None):
    record = logging.LogRecord(name, level, "/path/to/mod.py", 42, *args, exc_info)
    print(repr(formatter.format(record)))


show(logging.Formatter(), "plain %s", ("text",))
show(logging.Formatter("%(levelname)-8s|%(name)s|%(message)s"), "padded", None)
show(logging.Formatter("%(levelno)03d %(message)r"), "num %d", (5,))
show(logging.Formatter("{levelname}:{name}:{message}", style="{"), "brace %s", ("x",))
show(logging.Formatter("${levelname} ${name} $message", style="$"), "dollar", ())
show(logging.Formatter("%(pathname)s %(filename)s %(module)s %(lineno)d"), "where", ())
show(logging.Formatter("%(msg)s %(args)s"), "raw %s %s", ("a", 1))
show(logging.Formatter("%(message)s", defaults={"x": 1}), "dict %(k)s", ({"k": "v"},))
show(logging.Formatter("%(custom)s %(message)s", defaults={"custom": "C"}), "with default", ())

for fmt, style in (("abc", "%"), ("abc", "{"), ("abc", "$"), ("abc", "x")):
    try:
        logging.Formatter(fmt, style=style)
    except ValueError as e:
        print("ValueError", e)
try:
    logging.Formatter("%(nothere)s").format(
        logging.LogRecord("n", 20, "p", 1, "m", (), None))
except ValueError as e:
    print("ValueError", e)

record = logging.LogRecord("rec", logging.WARNING, "/a/b.py", 7, "hello %s", ("you",), None)
print(record.getMessage(), record.levelname, record.levelno, record.filename, record.module)
print(record)
print(record.msecs == int((record.created - int(record.created)) * 1000))

f = logging.Formatter("%(asctime)s %(message)s", datefmt="%Y/%m/%d")
record.created = 0.0
record.msecs = 0.0
print(f.formatTime(record, "%Y-%m-%d"), logging.Formatter().formatTime(record))
print(f.format(record), f.usesTime(), logging.Formatter("{asctime}", style="{").usesTime())

made = logging.makeLogRecord({"msg": "made %s", "args": ("up",), "levelno": 5, "x": 1})
print(made.getMessage(), made.levelno, made.x)
