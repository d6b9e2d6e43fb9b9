# handlers, filters, lazy arguments, exceptions in records, LoggerAdapter, extra
import io
import logging
import sys

log = logging.getLogger("hf")
log.setLevel(logging.DEBUG)
log.propagate = False
stream = io.StringIO()
handler = logging.StreamHandler(stream)
handler.setFormatter(logging.Formatter("%(levelname)s %(name)s: %(message)s"))
log.addHandler(handler)
print(repr(handler), repr(logging.NullHandler()), repr(logging.StreamHandler()))
print(handler.level, handler.formatter is not None, handler.stream is stream)


class Loud:
    def __str__(self):
        print("(formatted)")
        return "LOUD"


log.setLevel(logging.WARNING)
log.info("lazy %s", Loud())
log.warning("eager %s", Loud())
log.setLevel(logging.DEBUG)

log.debug("dict args %(a)s and %(b)d", {"a": "x", "b": 2})
log.info("no args but a %% sign")
log.info("%s", "percent %s kept")
log.info(["not", "a", "string"])


class OnlyEven(logging.Filter):
    def filter(self, record):
        return record.args and record.args[0] % 2 == 0


f = OnlyEven()
handler.addFilter(f)
for i in range(4):
    log.info("number %d", i)
handler.removeFilter(f)
log.addFilter(lambda record: "secret" not in record.getMessage())
log.info("a secret message")
log.info("a public message")

name_filter = logging.Filter("a.b")
for name in ("a.b", "a.b.c", "a.bc", "a", "x.a.b"):
    record = logging.LogRecord(name, 20, "p", 1, "m", (), None)
    print(name, name_filter.filter(record))
print(logging.Filter().filter(logging.LogRecord("any", 20, "p", 1, "m", (), None)))

try:
    int("nope")
except ValueError:
    log.exception("conversion failed for %r", "nope")
try:
    {}["k"]
except KeyError as e:
    log.error("with exc_info instance", exc_info=e)
    log.warning("with exc_info True", exc_info=True)
try:
    try:
        1 / 0
    except ZeroDivisionError as e:
        raise RuntimeError("wrapped") from e
except RuntimeError:
    log.critical("chained", exc_info=True)

log.exception("exception() outside an except block")
log.error("an empty exc_info tuple", exc_info=(None, None, None))
log.error("exc_info False", exc_info=False)
log.info("extra field", extra={"user": "ann"})
handler.setFormatter(logging.Formatter("%(user)s did %(message)s"))
log.info("login", extra={"user": "bob"})
try:
    log.info("clash", extra={"message": "x"})
except KeyError as e:
    print("KeyError", e)

adapter = logging.LoggerAdapter(log, {"user": "carl"})
adapter.info("via adapter %d", 1)
adapter.debug("debug via adapter")
print(repr(adapter), adapter.isEnabledFor(logging.DEBUG), adapter.name)

try:
    log.log("INFO", "level must be int")
except TypeError as e:
    print("TypeError", e)

quiet = logging.getLogger("quiet")
quiet.addHandler(logging.NullHandler())
quiet.propagate = False
quiet.error("goes nowhere")

handler.setLevel(logging.ERROR)
handler.setFormatter(None)
log.warning("below the handler's level")
log.error("default formatter")
# tracebacks: Moat shows the exception chain without stack frames, so frames are left out
for line in stream.getvalue().splitlines():
    if not line.startswith("  "):
        print(line)
