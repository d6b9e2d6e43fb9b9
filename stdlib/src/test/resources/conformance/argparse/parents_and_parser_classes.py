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

common = argparse.ArgumentParser(add_help=False)
common.add_argument("--debug", action="store_true", help="debug output")
grp = common.add_argument_group("auth")
grp.add_argument("--token", help="API token")
mx = common.add_mutually_exclusive_group()
mx.add_argument("--json", action="store_true")
mx.add_argument("--yaml", action="store_true")

class MyParser(argparse.ArgumentParser):
    pass

p = MyParser(prog="api", formatter_class=argparse.RawTextHelpFormatter)
sub = p.add_subparsers(dest="cmd", parser_class=argparse.ArgumentParser)
get = sub.add_parser("get", parents=[common], help="fetch\nthings", formatter_class=argparse.ArgumentDefaultsHelpFormatter)
get.add_argument("url")
get.add_argument("--retries", type=int, default=3, help="how many times")
put = sub.add_parser("put", parents=[common], add_help=False)
put.add_argument("url")
print(p.format_help())
print(get.format_help())
print(put.format_help())
print(type(get).__name__, type(p).__name__)
run(p, ["get", "--json", "--yaml", "u"])
run(p, ["get", "--token", "t", "--retries", "5", "u"])
run(p, ["put", "-h"])
run(p, ["put", "u", "--debug"])
print(p.parse_known_args(["get", "u", "--x", "y"]))

p = argparse.ArgumentParser(prog="abbrev")
p.add_argument("--verbose", action="store_true")
p.add_argument("--version-info", action="store_true")
p.add_argument("--output-file")
run(p, ["--verb", "--output", "f"])
run(p, ["--ver"])
run(p, ["--output=x", "--versi"])
run(p, ["--o=x"])
