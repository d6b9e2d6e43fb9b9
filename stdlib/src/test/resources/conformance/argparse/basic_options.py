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

p = argparse.ArgumentParser(prog="demo", description="A demo program that does several things with files and numbers, to show wrapping of long descriptions.", epilog="See the docs for more.")
p.add_argument("files", nargs="+", help="input files")
p.add_argument("-v", "--verbose", action="count", default=0, help="more output")
p.add_argument("-o", "--output", metavar="PATH", help="where to write (default: %(default)s)", default="out.txt")
p.add_argument("--mode", choices=["fast", "slow"], default="fast", help="speed: one of %(choices)s")
p.add_argument("-n", type=int, default=3, help="count")
p.add_argument("--ratio", type=float)
p.add_argument("--tag", action="append", help="add a tag")
p.add_argument("--dry-run", action="store_true")
p.add_argument("--no-color", dest="color", action="store_false")
p.add_argument("--version", action="version", version="%(prog)s 1.0")
print(p.format_usage(), end="")
print(p.format_help(), end="")
run(p, ["a", "b", "-vv", "--output=x", "-n5", "--tag", "t1", "--tag=t2", "--dry-run"])
run(p, ["-h"])
run(p, ["--version"])
run(p, [])
run(p, ["a", "-n", "x"])
run(p, ["a", "--mode", "medium"])
run(p, ["a", "--bogus"])
run(p, ["a", "--ver"])
run(p, ["a", "--verb"])
run(p, ["a", "--", "-n"])
run(p, ["a", "-o"])
run(p, ["a", "--dry-run=yes"])
run(p, ["a", "-vvn", "7"])
print(repr(p))
print(p.get_default("n"), p.get_default("nothing"))
ns = argparse.Namespace(a=1, b="x")
print(ns, vars(ns), ns == argparse.Namespace(b="x", a=1), "a" in ns)
print(argparse.Namespace(**{"a-b": 1, "c": 2}))
