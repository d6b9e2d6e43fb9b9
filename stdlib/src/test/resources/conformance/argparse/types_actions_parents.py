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

def even(s):
    v = int(s)
    if v % 2:
        raise argparse.ArgumentTypeError("%r is not even" % s)
    return v

class Upper(argparse.Action):
    def __init__(self, option_strings, dest, nargs=None, **kwargs):
        super().__init__(option_strings, dest, nargs=nargs, **kwargs)
    def __call__(self, parser, namespace, values, option_string=None):
        print("Upper called", option_string, values)
        setattr(namespace, self.dest, values.upper())

p = argparse.ArgumentParser(prog="custom")
p.add_argument("--even", type=even)
p.add_argument("--name", action=Upper)
p.add_argument("--const", action="append_const", const=1, dest="consts")
p.add_argument("--c2", action="append_const", const=2, dest="consts")
p.add_argument("--ext", action="extend", nargs="+")
run(p, ["--even", "4", "--name", "bob", "--const", "--c2", "--const", "--ext", "a", "b", "--ext", "c"])
run(p, ["--even", "3"])
run(p, ["--even", "x"])

p = argparse.ArgumentParser(prog="noexit", exit_on_error=False)
p.add_argument("--n", type=int)
p.add_argument("--c", choices=[1, 2, 3], type=int)
run(p, ["--n", "x"])
run(p, ["--c", "5"])
run(p, ["extra"])

p = argparse.ArgumentParser(prog="known")
p.add_argument("--a")
run(p, ["--a", "1", "--b", "2", "x"], known=True)

parent = argparse.ArgumentParser(add_help=False)
parent.add_argument("--config", help="config file")
parent.set_defaults(debug=False)
child = argparse.ArgumentParser(prog="child", parents=[parent], description="child parser")
child.add_argument("--name")
print(child.format_help())
run(child, ["--config", "c.ini"])

p = argparse.ArgumentParser(prog="plus", prefix_chars="-+")
p.add_argument("+f", action="store_true")
p.add_argument("++bar")
p.add_argument("-x")
print(p.format_help())
run(p, ["+f", "++bar", "Y", "-x", "1"])

p = argparse.ArgumentParser(prog="noabbrev", allow_abbrev=False)
p.add_argument("--foobar")
run(p, ["--foo", "1"])
p = argparse.ArgumentParser(prog="ambig")
p.add_argument("--foobar")
p.add_argument("--foobaz")
run(p, ["--foo", "1"])
run(p, ["--foob=1"])
run(p, ["--foobar=1"])

p = argparse.ArgumentParser(prog="conf", conflict_handler="resolve")
p.add_argument("-f", "--foo", help="old")
p.add_argument("--foo", help="new")
print(p.format_help())

