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

# mutually exclusive
p = argparse.ArgumentParser(prog="mx")
g = p.add_mutually_exclusive_group()
g.add_argument("-q", "--quiet", action="store_true", help="be quiet")
g.add_argument("-v", "--verbose", action="store_true", help="be loud")
p.add_argument("x", type=int, help="the number")
print(p.format_help())
run(p, ["-q", "-v", "3"])
run(p, ["-q", "3"])
g2 = p.add_mutually_exclusive_group(required=True)
g2.add_argument("--foo", action="store_const", const=1)
g2.add_argument("--bar", type=int)
print(p.format_usage())
run(p, ["3"])
run(p, ["3", "--foo", "--bar", "2"])

# groups
p = argparse.ArgumentParser(prog="grp", formatter_class=argparse.ArgumentDefaultsHelpFormatter)
a = p.add_argument_group("input", "Options controlling the input of the program in great detail.")
a.add_argument("--in", dest="inp", default="-", help="input file")
a.add_argument("--encoding", default="utf-8")
b = p.add_argument_group("output")
b.add_argument("--width", type=int, default=80, help="line width")
b.add_argument("--secret", help=argparse.SUPPRESS)
p.add_argument("--color", action=argparse.BooleanOptionalAction, default=True, help="colorize")
print(p.format_help())
run(p, ["--no-color"])
run(p, ["--color", "--width", "10"])
