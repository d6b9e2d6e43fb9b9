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

p = argparse.ArgumentParser(prog="nums")
p.add_argument("x", type=float)
p.add_argument("-y", type=int, default=0)
run(p, ["-5"])
run(p, ["-5.5", "-y", "-3"])
run(p, ["--", "-1"])
p2 = argparse.ArgumentParser(prog="neg")
p2.add_argument("-1", dest="one", action="store_true")
p2.add_argument("x", nargs="?")
run(p2, ["-1"])
run(p2, ["-2"])

p = argparse.ArgumentParser(prog="rem")
p.add_argument("--opt")
p.add_argument("cmd")
p.add_argument("rest", nargs=argparse.REMAINDER)
run(p, ["ls", "-l", "--opt", "x"])
run(p, ["--opt", "1", "ls", "-a"])
print(p.format_usage())

p = argparse.ArgumentParser(prog="nargs")
p.add_argument("--point", nargs=2, type=int, metavar=("X", "Y"))
p.add_argument("--three", nargs=3)
p.add_argument("--one", nargs=1)
p.add_argument("--opt", nargs="?", const="C", default="D")
p.add_argument("--star", nargs="*")
p.add_argument("--plus", nargs="+", type=int)
p.add_argument("pos", nargs=2)
print(p.format_help())
run(p, ["a", "b", "--point", "1", "2", "--opt"])
run(p, ["a", "b", "--opt", "v", "--star", "--plus", "1", "2"])
run(p, ["a", "b", "--point", "1"])
run(p, ["a", "b", "--three", "1"])
run(p, ["a", "b", "--one"])
run(p, ["a", "b", "--plus"])
run(p, ["a"])
run(p, ["a", "b", "c"])
run(p, ["a", "b", "c", "--zz"], known=True)

