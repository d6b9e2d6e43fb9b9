import io
import re
import sys
import traceback


def clean(text):
    # file names without directories; no 3.11 caret lines (Moat does not draw them)
    text = re.sub(r'File ".*?([^/"]+)"', r'File "\1"', text)
    return "".join(line for line in text.splitlines(True) if line.strip(" ^~\n"))


def inner(x):
    return 10 // x


def outer(x):
    return inner(x) + 1


print(repr(traceback.format_exc()))
try:
    outer(0)
except ZeroDivisionError:
    print(clean(traceback.format_exc()), end="")
    buf = io.StringIO()
    traceback.print_exc(file=buf)
    print(clean(buf.getvalue()) == clean(traceback.format_exc()))
try:
    try:
        {}["missing"]
    except KeyError as e:
        raise ValueError("bad lookup") from e
except ValueError as err:
    report = clean("".join(traceback.format_exception(err)))
    print(report, end="")
    print(clean("".join(traceback.format_exception(err, chain=False))), end="")
    print(traceback.format_exception_only(err), traceback.format_exception_only(type(err), err))
    parts = traceback.format_exception(err)
    print(len(parts) > 3, parts[-1], end="")
try:
    try:
        1 / 0
    except ZeroDivisionError:
        [][1]
except IndexError as err:
    print(clean("".join(traceback.format_exception(type(err), err, err.__traceback__))), end="")


class AppError(Exception):
    pass


try:
    raise AppError("custom failure")
except AppError as err:
    print(traceback.format_exception_only(err))
    out = io.StringIO()
    traceback.print_exception(err, file=out)
    print(clean(out.getvalue()), end="")
old = sys.stderr
sys.stderr = io.StringIO()
try:
    outer(0)
except ZeroDivisionError:
    traceback.print_exc()
captured, sys.stderr = sys.stderr.getvalue(), old
print(clean(captured).splitlines()[-1])
