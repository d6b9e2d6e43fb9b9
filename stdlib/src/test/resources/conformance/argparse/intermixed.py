import argparse
import contextlib
import io


def run(parser, args, known=False):
    out, err = io.StringIO(), io.StringIO()
    try:
        with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
            r = parser.parse_known_intermixed_args(args) if known else parser.parse_intermixed_args(args)
        print("result:", r)
    except SystemExit as e:
        print("SystemExit:", e.code)
    except TypeError as e:
        print("TypeError:", e)
    print(out.getvalue(), end="")
    print(err.getvalue(), end="")
p = argparse.ArgumentParser(prog="mix")
p.add_argument("--foo")
p.add_argument("cmd")
p.add_argument("rest", nargs="*", type=int)
run(p, "doit 1 --foo bar 2 3".split())
print(p.parse_known_args("doit 1 --foo bar 2 3".split()))
run(p, "doit 1 --foo bar 2 x".split())
run(p, "--foo bar".split())
run(p, "a 1 --zz 2".split(), known=True)
run(p, "a 1 --zz 2".split())
q = argparse.ArgumentParser(prog="rem")
q.add_argument("r", nargs=argparse.REMAINDER)
run(q, [])
g = argparse.ArgumentParser(prog="grp")
m = g.add_mutually_exclusive_group(required=True)
m.add_argument("--a", action="store_true")
m.add_argument("--b", action="store_true")
g.add_argument("x")
run(g, ["x"])
run(g, ["--a", "x"])
