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

# subcommands
p = argparse.ArgumentParser(prog="git")
p.add_argument("--git-dir", help="repository location")
sub = p.add_subparsers(dest="command", help="sub-command help")
c = sub.add_parser("commit", help="record changes", aliases=["ci"])
c.add_argument("-m", "--message", required=True)
c.add_argument("-a", "--all", action="store_true")
c.set_defaults(func="do_commit")
pu = sub.add_parser("push", help="update remote refs")
pu.add_argument("remote", nargs="?", default="origin")
pu.add_argument("refs", nargs="*")
pu.set_defaults(func="do_push")
st = sub.add_parser("status")
print(p.format_help())
print(c.format_help())
print(pu.format_help())
run(p, ["commit", "-m", "msg", "-a"])
run(p, ["ci", "-m", "msg"])
run(p, ["push"])
run(p, ["push", "up", "main", "dev"])
run(p, ["--git-dir", "/x", "status"])
run(p, [])
run(p, ["pull"])
run(p, ["commit"])
run(p, ["commit", "-h"])
run(p, ["push", "--force"])

# required subparsers, title
p = argparse.ArgumentParser(prog="tool")
sub = p.add_subparsers(title="commands", description="valid commands", dest="cmd", required=True, metavar="COMMAND")
sub.add_parser("run", help="run it")
sub.add_parser("stop", help="stop it")
print(p.format_help())
run(p, [])
run(p, ["run"])

p = argparse.ArgumentParser(prog="tool2")
sub = p.add_subparsers(required=True)
sub.add_parser("a")
sub.add_parser("b")
print(p.format_help())
run(p, [])

