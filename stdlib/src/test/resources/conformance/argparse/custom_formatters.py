"""HelpFormatter subclasses as scripts write them, overriding the documented hooks."""
import argparse


class CapitalisedUsage(argparse.HelpFormatter):
    def add_usage(self, usage, actions, groups, prefix=None):
        if prefix is None:
            prefix = "Usage: "
        return super().add_usage(usage, actions, groups, prefix)


class Smart(argparse.HelpFormatter):
    """help='R|...' keeps its line breaks."""

    def _split_lines(self, text, width):
        if text.startswith("R|"):
            return text[2:].splitlines()
        return super()._split_lines(text, width)


class CompactInvocation(argparse.HelpFormatter):
    """'-o, --output FILE' instead of '-o FILE, --output FILE'."""

    def _format_action_invocation(self, action):
        if not action.option_strings or action.nargs == 0:
            return super()._format_action_invocation(action)
        default = self._get_default_metavar_for_optional(action)
        args_string = self._format_args(action, default)
        return ", ".join(action.option_strings) + " " + args_string


class Wide(argparse.RawDescriptionHelpFormatter, argparse.ArgumentDefaultsHelpFormatter):
    def __init__(self, prog):
        super().__init__(prog, max_help_position=35, width=90)


class LowerMetavar(argparse.HelpFormatter):
    def _get_default_metavar_for_optional(self, action):
        return "<" + action.dest + ">"


class Indenting(argparse.HelpFormatter):
    def _format_action(self, action):
        self._indent()
        try:
            return super()._format_action(action)
        finally:
            self._dedent()


for cls in (CapitalisedUsage, Smart, CompactInvocation, Wide, LowerMetavar, Indenting):
    p = argparse.ArgumentParser(prog=cls.__name__.lower(), formatter_class=cls,
                                description="Tool description.\n  (indented line)",
                                epilog="Bye.")
    p.add_argument("-o", "--output", metavar="FILE", default="out.txt",
                   help="where the results go, written atomically so that readers never "
                        "see a partial file")
    p.add_argument("-j", "--jobs", type=int, default=2,
                   help="R|how many workers:\n  1 = serial\n  N = parallel")
    p.add_argument("--flag", action="store_true", help="a flag")
    p.add_argument("source", help="the input")
    print(p.format_help())
    print("=" * 30)
