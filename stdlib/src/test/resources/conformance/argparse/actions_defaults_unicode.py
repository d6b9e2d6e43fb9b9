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

p = argparse.ArgumentParser(prog="single", description="", epilog="")
p.add_argument("-foo", type=int)
p.add_argument("-bar", action="store_true", help="100%% sure; ratio %(default)s%%")
p.add_argument("my-arg", nargs="?")
print(p.format_help())
run(p, ["-foo", "1", "-bar"])
run(p, ["-foo=2"])
run(p, ["-fo", "3"])
run(p, ["-f", "3"])
run(p, ["-b"])
run(p, ("x",))

p = argparse.ArgumentParser(prog="defaults", formatter_class=argparse.ArgumentDefaultsHelpFormatter)
p.add_argument("--none", help="nothing")
p.add_argument("--lst", nargs="*", default=[1, 2])
p.add_argument("--nohelp", default=3)
p.add_argument("pos", nargs="*", default=["a"], help="p")
p.add_argument("--version", action="version", version="1")
print(p.format_help())

class Store0(argparse.Action):
    def __init__(self, option_strings, dest, **kw):
        super().__init__(option_strings, dest, nargs=0, **kw)
    def __call__(self, parser, ns, values, option_string=None):
        setattr(ns, self.dest, "flag:" + option_string)
p = argparse.ArgumentParser(prog="act0", exit_on_error=False)
p.add_argument("--flag", "-F", action=Store0, help="zero args")
sub = p.add_subparsers(dest="cmd")
sub.add_parser("one")
print(p.format_help())
run(p, ["-F", "one"])
run(p, ["two"])
run(p, ["--flag=1"])

p = argparse.ArgumentParser(prog="tb")
p.add_argument("--b", type=bool)
p.add_argument("--c", type=lambda s: s * 2)
run(p, ["--b", "", "--c", "ab"])
run(p, ["--b", "no"])

p = argparse.ArgumentParser(prog="unicode", description="Größe und Überblick — ein Werkzeug für Zeichenketten mit Umlauten, das eine längere Beschreibung hat.")
p.add_argument("--größe", help="die Größe")
print(p.format_help())
run(p, ["--größe", "5"])

p = argparse.ArgumentParser(prog="mxpos")
g = p.add_mutually_exclusive_group()
g.add_argument("--all", action="store_true")
g.add_argument("names", nargs="*", default=[])
print(p.format_help())
run(p, ["--all"])
run(p, ["a", "b"])
run(p, ["--all", "a"])

p = argparse.ArgumentParser(prog="sub-help")
sub = p.add_subparsers(title="Available commands", help="what to do", dest="cmd")
for name, h in [("init", "create a new, empty repository in the current directory"), ("clone-with-a-long-name", "copy"), ("x", None)]:
    sp = sub.add_parser(name, help=h) if h else sub.add_parser(name)
print(p.format_help())
print(sub)
print(p)
