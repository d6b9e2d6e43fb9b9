import argparse
import contextlib
import io


def run(parser, args):
    out, err = io.StringIO(), io.StringIO()
    try:
        with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
            r = parser.parse_args(args)
        print("result:", r)
    except SystemExit as e:
        print("SystemExit:", e.code)
    except argparse.ArgumentError as e:
        print("ArgumentError:", e)
    print(out.getvalue(), end="")
    print(err.getvalue(), end="")

def attempt(f):
    try:
        print("ok", f())
    except Exception as e:
        print(type(e).__name__, e)

p = argparse.ArgumentParser(prog="meta")
p.add_argument("--empty", metavar="")
p.add_argument("--req", required=True, metavar="R")
p.add_argument("--sup", dest=argparse.SUPPRESS, action="store_true")
p.add_argument("--pair", nargs=2, metavar=("K", "V"), action="append")
p.add_argument("--st", nargs="*", metavar=("A", "B"))
p.add_argument("c", nargs="?", choices=["x", "y"], default="z")
print(p.format_help())
run(p, ["--req", "1"])
run(p, ["--req", "1", "--pair", "a", "b", "--pair", "c", "d", "--st", "1", "2", "3", "y"])
run(p, ["--req", "1", "w"])
attempt(lambda: p.add_argument("zero", nargs=0))
attempt(lambda: p.add_argument("--bad-nargs", nargs="x"))
attempt(lambda: p.add_argument("--plus", nargs="+", metavar=("ONE",)))
attempt(lambda: p.add_argument("--plus2", nargs="+", metavar=("ONE", "TWO")))
attempt(lambda: p.add_argument("pos", "dest"))
attempt(lambda: p.add_argument("pos2", dest="d"))
attempt(lambda: p.add_argument())
attempt(lambda: p.add_argument("--v", action="version"))
attempt(lambda: p.add_argument("--x", action="store_true", type=int))
attempt(lambda: p.add_argument("--c2", action="count", nargs=1))

p = argparse.ArgumentParser(prog="longhelp")
p.add_argument("--x", help="averyveryveryveryveryveryveryveryveryveryveryveryveryveryveryveryverylongword and more")
p.add_argument("--y", help="   ")
p.add_argument("--z", help="")
print(p.format_help())
p = argparse.ArgumentParser(prog="verylongprogramnameforusage" * 3)
p.add_argument("--a")
p.add_argument("b")
print(p.format_usage())
p = argparse.ArgumentParser(prog="p", usage=argparse.SUPPRESS, description=argparse.SUPPRESS)
p.add_argument("--a")
print(repr(p.format_help()))
print(repr(p.format_usage()))
g = p.add_argument_group(title=argparse.SUPPRESS)
g.add_argument("--hid")
g2 = p.add_argument_group()
g2.add_argument("--untitled")
print(p.format_help())

p = argparse.ArgumentParser(prog="twice")
p.add_subparsers()
err = io.StringIO()
with contextlib.redirect_stderr(err):
    try:
        p.add_subparsers()
    except SystemExit as e:
        print("SystemExit:", e.code)
print(err.getvalue(), end="")
