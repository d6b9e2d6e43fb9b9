"""The shapes of real command-line tools, reading sys.argv like a script run from a shell."""
import argparse
import contextlib
import io
import sys


def main(argv, build):
    sys.argv = argv
    out, err = io.StringIO(), io.StringIO()
    try:
        with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
            parser = build()
            args = parser.parse_args()
            if hasattr(args, "func"):
                shown = dict(vars(args))
                print("func:", shown.pop("func").__name__)
                print("args:", argparse.Namespace(**shown))
                args.func(args)
            else:
                print("args:", args)
        code = 0
    except SystemExit as e:
        code = e.code
    print("$", " ".join(argv), "->", code)
    print(out.getvalue(), end="")
    print(err.getvalue(), end="")
    print("-" * 20)


# a grep-like tool
def grep_parser():
    p = argparse.ArgumentParser(description="Search for PATTERN in each FILE.")
    p.add_argument("pattern", metavar="PATTERN")
    p.add_argument("files", metavar="FILE", nargs="*", default=["-"])
    p.add_argument("-i", "--ignore-case", action="store_true", help="ignore case distinctions")
    p.add_argument("-n", "--line-number", action="store_true", help="print line number with output lines")
    p.add_argument("-c", "--count", action="store_true", help="print only a count of selected lines per FILE")
    p.add_argument("-m", "--max-count", type=int, metavar="NUM", help="stop after NUM selected lines")
    p.add_argument("-e", "--regexp", action="append", default=[], metavar="PATTERNS", help="use PATTERNS for matching")
    p.add_argument("--color", choices=["never", "always", "auto"], default="auto", nargs="?", const="always")
    return p


main(["/usr/local/bin/grep.py", "-in", "foo", "a.txt", "b.txt"], grep_parser)
main(["grep.py", "--help"], grep_parser)
main(["grep.py", "-m", "3", "-e", "x", "-e", "y", "pat", "--color"], grep_parser)
main(["grep.py", "-m3", "-ic", "pat"], grep_parser)
main(["grep.py", "-m", "three", "pat"], grep_parser)
main(["grep.py"], grep_parser)
main(["grep.py", "--colour=never", "p"], grep_parser)
main(["grep.py", "--color=rainbow", "p"], grep_parser)


# a tool with subcommands dispatching to functions
def cmd_add(args):
    print("adding", args.name, "x", args.count)


def cmd_list(args):
    print("listing", "all" if args.all else "some", "sorted by", args.sort)


def todo_parser():
    p = argparse.ArgumentParser(prog="todo", description="Manage a todo list.",
                                epilog="Run 'todo COMMAND -h' for help on a command.")
    p.add_argument("-q", "--quiet", action="store_true")
    p.add_argument("--version", action="version", version="%(prog)s 0.3")
    sub = p.add_subparsers(title="commands", dest="command", required=True)
    add = sub.add_parser("add", help="add an item", description="Add an item to the list.")
    add.add_argument("name")
    add.add_argument("-n", "--count", type=int, default=1)
    add.set_defaults(func=cmd_add)
    ls = sub.add_parser("list", aliases=["ls"], help="list items")
    ls.add_argument("-a", "--all", action="store_true")
    ls.add_argument("--sort", choices=("name", "date"), default="date")
    ls.set_defaults(func=cmd_list)
    return p


main(["todo", "add", "milk", "-n", "2"], todo_parser)
main(["todo", "-q", "ls", "--all", "--sort", "name"], todo_parser)
main(["todo", "--version"], todo_parser)
main(["todo", "-h"], todo_parser)
main(["todo", "add", "-h"], todo_parser)
main(["todo"], todo_parser)
main(["todo", "remove"], todo_parser)
main(["todo", "add"], todo_parser)
main(["todo", "list", "--sort", "size"], todo_parser)
main(["todo", "add", "x", "extra"], todo_parser)


# a compiler-like tool: -D defines, -O level, -W flags, REMAINDER passthrough
def cc_parser():
    p = argparse.ArgumentParser(prog="cc", allow_abbrev=False)
    p.add_argument("-D", dest="defines", action="append", metavar="NAME[=VALUE]", default=[])
    p.add_argument("-O", dest="opt", type=int, choices=range(4), default=0)
    p.add_argument("-o", dest="output", default="a.out")
    p.add_argument("-v", "--verbose", action="count", default=0)
    p.add_argument("--jobs", "-j", type=int, default=1)
    p.add_argument("sources", nargs="+")
    p.add_argument("--run", nargs=argparse.REMAINDER, help="run the program with these arguments")
    return p


main(["cc", "-DDEBUG", "-D", "N=3", "-O2", "-vvv", "-j4", "main.c", "util.c"], cc_parser)
main(["cc", "-O7", "x.c"], cc_parser)
main(["cc", "x.c", "--run", "--flag", "-x", "arg"], cc_parser)
main(["cc", "-h"], cc_parser)
