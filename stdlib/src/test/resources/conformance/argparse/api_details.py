import argparse
import contextlib
import io
import sys

# register: named types and actions
p = argparse.ArgumentParser(prog="reg", exit_on_error=False)
p.register("type", "hex", lambda s: int(s, 16))
p.register("action", "upper", type("Upper", (argparse.Action,), {
    "__call__": lambda self, parser, ns, values, option_string=None:
        setattr(ns, self.dest, values.upper())}))
p.add_argument("--addr", type="hex")
p.add_argument("--name", action="upper")
print(p.parse_args(["--addr", "ff", "--name", "bob"]))
try:
    p.parse_args(["--addr", "zz"])
except argparse.ArgumentError as e:
    print(repr(e.argument_name), repr(e.message), str(e))
    print(isinstance(e, Exception), e.args)

# ArgumentError from a positional and from a subparser choice
p = argparse.ArgumentParser(prog="ae", exit_on_error=False)
p.add_argument("count", type=int, metavar="N")
try:
    p.parse_args(["many"])
except argparse.ArgumentError as e:
    print(e.argument_name, "|", e)
p = argparse.ArgumentParser(prog="ae2", exit_on_error=False)
sub = p.add_subparsers()
sub.add_parser("a")
sub.add_parser("b")
try:
    p.parse_args(["c"])
except argparse.ArgumentError as e:
    print(e.argument_name, "|", e)

# parse_args() with no list reads sys.argv[1:]
sys.argv = ["prog.py", "--level", "2"]
p = argparse.ArgumentParser()
p.add_argument("--level", type=int)
print(p.prog, p.parse_args(), p.parse_known_args())
sys.argv = ["prog.py"]
print(p.parse_args())

# a namespace object given to parse_args keeps its own attributes
class Config:
    pass
cfg = Config()
cfg.level = 9
p.parse_args(["--level", "3"], namespace=cfg)
print(type(cfg).__name__, cfg.level)
cfg2 = Config()
print(p.parse_args([], namespace=cfg2) is cfg2, cfg2.level)

# Namespace behaviour
ns = argparse.Namespace(b=1, a=[2])
ns.c = "x"
print(ns, vars(ns), "c" in ns, "z" in ns)
print(ns == argparse.Namespace(b=1, a=[2], c="x"), ns != argparse.Namespace(), ns == {"b": 1})
try:
    hash(ns)
except TypeError as e:
    print("TypeError", e)
print(argparse.Namespace(), argparse.Namespace(**{"1x": 1, "ok": 2, "with space": 3}))

# constants and classes
print(argparse.SUPPRESS, argparse.OPTIONAL, argparse.ZERO_OR_MORE, argparse.ONE_OR_MORE,
      argparse.PARSER, argparse.REMAINDER)
print(issubclass(argparse.RawTextHelpFormatter, argparse.RawDescriptionHelpFormatter),
      issubclass(argparse.ArgumentDefaultsHelpFormatter, argparse.HelpFormatter),
      issubclass(argparse.BooleanOptionalAction, argparse.Action))

# the help action prints to stdout; version to stdout; errors to stderr
p = argparse.ArgumentParser(prog="streams")
p.add_argument("-V", "--version", action="version", version="streams 1.2")
for args in (["-h"], ["-V"], ["--nope"]):
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        try:
            p.parse_args(args)
        except SystemExit as e:
            code = e.code
    print(args, code, repr(out.getvalue()), repr(err.getvalue()))
