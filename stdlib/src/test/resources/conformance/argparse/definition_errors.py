import argparse
import contextlib
import io


def run(parser, args, known=False):
    """Parse args, printing the namespace or the exit code, then what went to stdout/stderr."""
    out, err = io.StringIO(), io.StringIO()
    try:
        with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
            if known:
                result = parser.parse_known_args(args)
            else:
                result = parser.parse_args(args)
        print("result:", result)
    except SystemExit as e:
        print("SystemExit:", e.code)
    except argparse.ArgumentError as e:
        print("ArgumentError:", e)
    print(out.getvalue(), end="")
    print(err.getvalue(), end="")
    print("-" * 20)


def attempt(f):
    try:
        print("ok", f())
    except Exception as e:
        print(type(e).__name__, e)

p = argparse.ArgumentParser(prog="errs")
attempt(lambda: p.add_argument("-x", action="store", nargs=0))
attempt(lambda: p.add_argument("-y", const=1))
attempt(lambda: p.add_argument("--z", action="nope"))
attempt(lambda: p.add_argument("pos", required=True))
attempt(lambda: p.add_argument("--h"))
attempt(lambda: p.add_argument("-h"))
attempt(lambda: p.add_argument("bad", "worse"))
attempt(lambda: p.add_argument("--m", nargs=2, metavar=("A",)))
attempt(lambda: p.add_argument("--t", type="int"))
attempt(lambda: p.add_argument("--"))
attempt(lambda: p.add_argument("-q", type=argparse.FileType))
attempt(lambda: argparse.ArgumentParser(conflict_handler="x"))
attempt(lambda: p.add_argument("--append0", action="append", nargs=0))
g = p.add_mutually_exclusive_group()
attempt(lambda: g.add_argument("--req", required=True))
attempt(lambda: g.add_argument("posg"))
print(argparse.ArgumentError(None, "plain"))
e = argparse.ArgumentTypeError("bad")
print(type(e).__mro__[1].__name__, e)
a = p.add_argument("--show", type=int, choices=[1, 2], help="h")
print(repr(a))
