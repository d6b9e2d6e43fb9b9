import argparse
import contextlib
import io


def run(parser, args, known=False, ns=None):
    out, err = io.StringIO(), io.StringIO()
    try:
        with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
            if known:
                r = parser.parse_known_args(args, ns)
            else:
                r = parser.parse_args(args, ns)
        print("result:", r)
    except SystemExit as e:
        print("SystemExit:", e.code)
    except argparse.ArgumentError as e:
        print("ArgumentError:", e)
    except Exception as e:
        print(type(e).__name__, e)
    print(out.getvalue(), end="")
    print(err.getvalue(), end="")

p = argparse.ArgumentParser(prog="short")
p.add_argument("-x", type=int)
p.add_argument("-v", action="store_true")
p.add_argument("-q", action="count")
run(p, ["-x=3"])
run(p, ["-vx3"])
run(p, ["-vqqx", "4"])
run(p, ["-vz"])
run(p, ["-v=1"])
run(p, ["-x"])
run(p, ["-x", "-1"])
run(p, ["-x", "--"])
run(p, ["--", "-x"])
run(p, ["-"])
run(p, ["-x", "1", "-x", "2"])
run(p, ["-x 5"])
run(p, ["pos with space"])

p = argparse.ArgumentParser(prog="req")
p.add_argument("--a", required=True)
p.add_argument("--b", required=True, dest="bee", metavar="B")
p.add_argument("pos", metavar="POSITION")
p.add_argument("opt", nargs="?", default="d")
p.add_argument("many", nargs="*", default=[1])
print(p.format_help())
run(p, [])
run(p, ["--a", "1", "--b", "2", "p"])
run(p, ["--a", "1", "p", "o", "m1", "m2", "--b", "2"])

p = argparse.ArgumentParser(prog="defs", argument_default=argparse.SUPPRESS)
p.add_argument("--a")
p.add_argument("--b", default=1)
p.add_argument("c", nargs="?")
run(p, [])
run(p, ["--a", "x", "c"])
p = argparse.ArgumentParser(prog="setdef")
p.add_argument("--level", type=int, default=1)
p.set_defaults(level=5, extra="yes")
run(p, [])
print(p.get_default("level"), p.get_default("extra"))
p.add_argument("--conv", type=int, default="42")
p.add_argument("--conv2", type=int, default="bad")
run(p, ["--conv2", "7"])
run(p, [])
ns = argparse.Namespace(level=99, other=1)
run(p, ["--conv2", "1"], ns=ns)

p = argparse.ArgumentParser(prog="choices")
p.add_argument("--n", type=int, choices=range(1, 4), help="one of %(choices)s")
p.add_argument("--d", choices={"x": 1, "y": 2})
p.add_argument("--low", type=str.lower, choices=["a", "b"])
p.add_argument("word", choices="abc")
print(p.format_help())
run(p, ["--n", "3", "--d", "y", "--low", "B", "a"])
run(p, ["--n", "4", "a"])
run(p, ["ab"])
run(p, ["--d", "z", "a"])

p = argparse.ArgumentParser(prog="nested")
sub = p.add_subparsers(dest="a")
x = sub.add_parser("x")
xs = x.add_subparsers(dest="b")
y = xs.add_parser("y", help="inner")
y.add_argument("--deep", action="store_true")
print(y.format_usage())
run(p, ["x", "y", "--deep"])
run(p, ["x", "y", "--bad"])
run(p, ["x", "z"])
run(p, ["x"])

p = argparse.ArgumentParser(prog="prefix")
p.add_argument("infile")
sub = p.add_subparsers(metavar="CMD", help="the command")
s1 = sub.add_parser("go", help="go somewhere")
s1.add_argument("where")
print(p.format_help())
print(s1.format_help())
run(p, ["f", "go"])
run(p, ["f", "go", "home", "extra"])

class P(argparse.ArgumentParser):
    def error(self, message):
        raise ValueError("custom: " + message)
p = P(prog="custom")
p.add_argument("n", type=int)
run(p, ["x"])
run(p, [])

p = argparse.ArgumentParser(prog="exit")
def ex():
    try:
        p.exit(3, "bye\n")
    except SystemExit as e:
        print("code", e.code)
err = io.StringIO()
with contextlib.redirect_stderr(err):
    ex()
    try:
        p.error("oops %s" % 1)
    except SystemExit as e:
        print("code", e.code)
print(repr(err.getvalue()))
out = io.StringIO()
p.print_usage(out)
p.print_help(out)
print(repr(out.getvalue()))

p = argparse.ArgumentParser(prog="dashes")
p.add_argument("args", nargs="*")
p.add_argument("--x", nargs="*")
run(p, ["a", "--", "-b", "--", "c"])
run(p, ["--x", "1", "--", "2"])
run(p, ["--x", "--", "2"])
p = argparse.ArgumentParser(prog="opt2")
p.add_argument("a", nargs="?")
p.add_argument("b", nargs="*")
p.add_argument("--o")
run(p, ["1", "--o", "x", "2", "3"])
run(p, ["--o", "x", "1", "2"])
run(p, ["1", "2", "--o", "x", "3"])
run(p, ["1", "2", "--o", "x", "3"], known=True)

p = argparse.ArgumentParser(prog="boolopt")
p.add_argument("--feature", action=argparse.BooleanOptionalAction)
p.add_argument("-c", "--cache", action=argparse.BooleanOptionalAction, default=False, help="use the cache")
print(p.format_help())
run(p, ["--no-feature", "--cache"])
run(p, ["--no-cache", "--feature"])
run(p, ["--no-feat"])
