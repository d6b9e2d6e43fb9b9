"""Command-line parsing: options, positional arguments, subcommands, generated help.

Moat's own implementation of the documented behaviour of CPython 3.11's argparse. Help is
formatted for an 80-column terminal (78 usable columns), as CPython does when it cannot see a
terminal and COLUMNS is unset. There are no files: FileType and fromfile_prefix_chars are
refused with PermissionError.
"""

import re as _re
import sys as _sys

__all__ = [
    "ArgumentParser", "ArgumentError", "ArgumentTypeError", "BooleanOptionalAction",
    "FileType", "HelpFormatter", "ArgumentDefaultsHelpFormatter", "RawDescriptionHelpFormatter",
    "RawTextHelpFormatter", "MetavarTypeHelpFormatter", "Namespace", "Action",
    "ONE_OR_MORE", "OPTIONAL", "PARSER", "REMAINDER", "SUPPRESS", "ZERO_OR_MORE",
]

SUPPRESS = "==SUPPRESS=="
OPTIONAL = "?"
ZERO_OR_MORE = "*"
ONE_OR_MORE = "+"
PARSER = "A..."
REMAINDER = "..."
_UNRECOGNIZED = "_unrecognized_args"

_NEGATIVE_NUMBER = _re.compile(r"^-\d+$|^-\d*\.\d+$")
_SPACES = _re.compile(r"\s+", _re.ASCII)
_BLANK_LINES = _re.compile(r"\n\n\n+")
_USAGE_PART = _re.compile(r"\(.*?\)+(?=\s|$)|\[.*?\]+(?=\s|$)|\S+")


def _terminal_width():
    # Scripts cannot see the environment or a terminal: CPython's fallback of 80 columns.
    return 80


# ---------------------------------------------------------------------------------------------
# Reprs shared by Namespace, Action and ArgumentParser

class _AttributeHolder(object):
    def __repr__(self):
        shown = [repr(arg) for arg in self._get_args()]
        odd = {}
        for name, value in self._get_kwargs():
            if name.isidentifier():
                shown.append("%s=%r" % (name, value))
            else:
                odd[name] = value
        if odd:
            shown.append("**%r" % (odd,))
        return "%s(%s)" % (type(self).__name__, ", ".join(shown))

    def _get_kwargs(self):
        return list(self.__dict__.items())

    def _get_args(self):
        return []


class Namespace(_AttributeHolder):
    """A plain object holding the parsed attributes."""

    def __init__(self, **kwargs):
        for name, value in kwargs.items():
            setattr(self, name, value)

    def __eq__(self, other):
        if not isinstance(other, Namespace):
            return NotImplemented
        return vars(self) == vars(other)

    __hash__ = None

    def __contains__(self, key):
        return key in self.__dict__


def _action_name(action):
    if action is None:
        return None
    if action.option_strings:
        return "/".join(action.option_strings)
    if action.metavar not in (None, SUPPRESS):
        return action.metavar
    if action.dest not in (None, SUPPRESS):
        return action.dest
    if action.choices:
        return "{" + ",".join(action.choices) + "}"
    return None


class ArgumentError(Exception):
    """An error about one argument; str() names the argument."""

    def __init__(self, argument, message):
        self.argument_name = _action_name(argument)
        self.message = message

    def __str__(self):
        if self.argument_name is None:
            return self.message
        return "argument %s: %s" % (self.argument_name, self.message)


class ArgumentTypeError(Exception):
    """Raised by a type= function to report its own message."""


# ---------------------------------------------------------------------------------------------
# Help formatting

class HelpFormatter(object):
    """Lays out usage, text blocks and argument sections; subclasses tune the hooks."""

    def __init__(self, prog, indent_increment=2, max_help_position=24, width=None):
        if width is None:
            width = _terminal_width() - 2
        self._prog = prog
        self._indent_increment = indent_increment
        self._max_help_position = min(max_help_position,
                                      max(width - 20, indent_increment * 2))
        self._width = width
        self._current_indent = 0
        self._blocks = []

    def _indent(self):
        self._current_indent += self._indent_increment

    def _dedent(self):
        self._current_indent -= self._indent_increment
        assert self._current_indent >= 0, "Indent decreased below 0."

    # -- collecting the pieces -------------------------------------------------------------
    def start_section(self, heading):
        self._blocks.append(["section", heading, [], []])

    def end_section(self):
        if self._blocks and self._blocks[-1][0] == "section":
            self._blocks[-1][3] = None

    def _open_section(self):
        if self._blocks and self._blocks[-1][0] == "section" and self._blocks[-1][3] is not None:
            return self._blocks[-1]
        return None

    def add_text(self, text):
        if text is SUPPRESS or text is None:
            return
        section = self._open_section()
        if section is not None:
            section[2].append(("text", text))
        else:
            self._blocks.append(["text", text])

    def add_usage(self, usage, actions, groups, prefix=None):
        if usage is SUPPRESS:
            return
        self._blocks.append(["usage", usage, list(actions), list(groups), prefix])

    def add_argument(self, action):
        if action.help is SUPPRESS:
            return
        section = self._open_section()
        if section is not None:
            section[2].append(("action", action))
        else:
            self._blocks.append(["action", action])

    def add_arguments(self, actions):
        for action in actions:
            self.add_argument(action)

    # -- rendering ---------------------------------------------------------------------------
    def format_help(self):
        longest = 0
        for block in self._blocks:
            if block[0] == "section":
                actions = [item[1] for item in block[2] if item[0] == "action"]
                indent = self._indent_increment
            elif block[0] == "action":
                actions = [block[1]]
                indent = 0
            else:
                continue
            for action in actions:
                names = [self._format_action_invocation(action)]
                for sub in self._subactions(action):
                    names.append(self._format_action_invocation(sub))
                longest = max(longest, max(len(n) for n in names) + indent)
        self._action_max_length = longest
        out = []
        for block in self._blocks:
            kind = block[0]
            if kind == "usage":
                out.append(self._format_usage(block[1], block[2], block[3], block[4]))
            elif kind == "text":
                out.append(self._format_text(block[1]))
            elif kind == "action":
                out.append(self._format_action(block[1]))
            else:
                out.append(self._format_section(block[1], block[2]))
        text = "".join(out)
        if text:
            text = _BLANK_LINES.sub("\n\n", text)
            text = text.strip("\n") + "\n"
        return text

    def _format_section(self, heading, items):
        self._current_indent += self._indent_increment
        pieces = []
        for kind, value in items:
            if kind == "text":
                pieces.append(self._format_text(value))
            else:
                pieces.append(self._format_action(value))
        self._current_indent -= self._indent_increment
        body = "".join(pieces)
        if not body:
            return ""
        if heading is not SUPPRESS and heading is not None:
            head = "%*s%s:\n" % (self._current_indent, "", heading)
        else:
            head = ""
        return "\n" + head + body + "\n"

    def _subactions(self, action):
        getter = getattr(action, "_get_subactions", None)
        if getter is None:
            return []
        return list(getter())

    def _format_usage(self, usage, actions, groups, prefix):
        if prefix is None:
            prefix = "usage: "
        prog = "%(prog)s" % dict(prog=self._prog)
        if usage is not None:
            usage = usage % dict(prog=self._prog)
        elif not actions:
            usage = prog
        else:
            optionals = [a for a in actions if a.option_strings]
            positionals = [a for a in actions if not a.option_strings]
            both = self._format_actions_usage(optionals + positionals, groups)
            usage = " ".join(s for s in (prog, both) if s)
            text_width = self._width - self._current_indent
            if len(prefix) + len(usage) > text_width:
                usage = "\n".join(self._wrap_usage(prefix, prog, text_width,
                                                   self._format_actions_usage(optionals, groups),
                                                   self._format_actions_usage(positionals, groups)))
        return "%s%s\n\n" % (prefix, usage)

    def _wrap_usage(self, prefix, prog, text_width, opt_usage, pos_usage):
        opt_parts = _USAGE_PART.findall(opt_usage)
        pos_parts = _USAGE_PART.findall(pos_usage)

        def fill(parts, indent, first=None):
            lines, line = [], []
            used = (len(first) if first is not None else len(indent)) - 1
            for part in parts:
                if line and used + 1 + len(part) > text_width:
                    lines.append(indent + " ".join(line))
                    line = []
                    used = len(indent) - 1
                line.append(part)
                used += len(part) + 1
            if line:
                lines.append(indent + " ".join(line))
            if first is not None:
                lines[0] = lines[0][len(indent):]
            return lines

        if len(prefix) + len(prog) <= 0.75 * text_width:
            indent = " " * (len(prefix) + len(prog) + 1)
            if opt_parts:
                return fill([prog] + opt_parts, indent, prefix) + fill(pos_parts, indent)
            if pos_parts:
                return fill([prog] + pos_parts, indent, prefix)
            return [prog]
        indent = " " * len(prefix)
        lines = fill(opt_parts + pos_parts, indent)
        if len(lines) > 1:
            lines = fill(opt_parts, indent) + fill(pos_parts, indent)
        return [prog] + lines

    def _format_actions_usage(self, actions, groups):
        in_group = []
        marks = {}

        def mark(index, text):
            marks[index] = marks[index] + " " + text if index in marks else text

        for group in groups:
            members = group._group_actions
            if not members:
                raise ValueError("empty group %s" % (group,))
            first = None
            for i, action in enumerate(actions):
                if action is members[0]:
                    first = i
                    break
            if first is None:
                continue
            end = first + len(members)
            if len(actions[first:end]) != len(members) or any(
                    a is not b for a, b in zip(actions[first:end], members)):
                continue
            in_group.extend(members)
            shown = len([a for a in members if a.help is not SUPPRESS])
            if not group.required:
                mark(first, "[")
                mark(end, "]")
            elif shown > 1:
                mark(first, "(")
                mark(end, ")")
            for i in range(first + 1, end):
                marks[i] = "|"

        def grouped(action):
            return any(a is action for a in in_group)

        parts = []
        for i, action in enumerate(actions):
            if action.help is SUPPRESS:
                parts.append(None)
                if marks.get(i) == "|":
                    del marks[i]
                elif marks.get(i + 1) == "|":
                    del marks[i + 1]
            elif not action.option_strings:
                part = self._format_args(action, self._get_default_metavar_for_positional(action))
                if grouped(action) and part[:1] == "[" and part[-1:] == "]":
                    part = part[1:-1]
                parts.append(part)
            else:
                if action.nargs == 0:
                    part = action.format_usage()
                else:
                    metavar = self._get_default_metavar_for_optional(action)
                    part = "%s %s" % (action.option_strings[0], self._format_args(action, metavar))
                if not action.required and not grouped(action):
                    part = "[%s]" % part
                parts.append(part)
        for i in sorted(marks, reverse=True):
            parts.insert(i, marks[i])
        text = " ".join(p for p in parts if p is not None)
        text = _re.sub(r"([\[(]) ", r"\1", text)
        text = _re.sub(r" ([\])])", r"\1", text)
        text = _re.sub(r"[\[(] *[\])]", "", text)
        text = _re.sub(r"\(([^|]*)\)", r"\1", text)
        return text.strip()

    def _format_text(self, text):
        if "%(prog)" in text:
            text = text % dict(prog=self._prog)
        width = max(self._width - self._current_indent, 11)
        return self._fill_text(text, width, " " * self._current_indent) + "\n\n"

    def _format_action(self, action):
        help_position = min(self._action_max_length + 2, self._max_help_position)
        help_width = max(self._width - help_position, 11)
        name_width = help_position - self._current_indent - 2
        name = self._format_action_invocation(action)
        indent = " " * self._current_indent
        first_indent = 0
        if not action.help:
            out = [indent + name + "\n"]
        elif len(name) <= name_width:
            out = [indent + name.ljust(name_width) + "  "]
        else:
            out = [indent + name + "\n"]
            first_indent = help_position
        if action.help and action.help.strip():
            text = self._expand_help(action)
            if text:
                lines = self._split_lines(text, help_width)
                if lines:
                    out.append(" " * first_indent + lines[0] + "\n")
                    for line in lines[1:]:
                        out.append(" " * help_position + line + "\n")
                else:
                    out.append(" " * first_indent + "\n")
        elif not out[0].endswith("\n"):
            out.append("\n")
        subs = self._subactions(action)
        if subs:
            self._current_indent += self._indent_increment
            for sub in subs:
                out.append(self._format_action(sub))
            self._current_indent -= self._indent_increment
        return "".join(p for p in out if p and p is not SUPPRESS)

    def _format_action_invocation(self, action):
        if not action.option_strings:
            return self._metavar_tuple(action, self._get_default_metavar_for_positional(action),
                                       1)[0]
        if action.nargs == 0:
            return ", ".join(action.option_strings)
        args = self._format_args(action, self._get_default_metavar_for_optional(action))
        return ", ".join("%s %s" % (option, args) for option in action.option_strings)

    def _metavar_tuple(self, action, default, count):
        if action.metavar is not None:
            result = action.metavar
        elif action.choices is not None:
            result = "{%s}" % ",".join(str(choice) for choice in action.choices)
        else:
            result = default
        if isinstance(result, tuple):
            if len(result) != count:
                raise TypeError("length of metavar tuple does not match nargs")
            return result
        return (result,) * count

    def _format_args(self, action, default):
        nargs = action.nargs
        if nargs is None:
            return "%s" % self._metavar_tuple(action, default, 1)
        if nargs == OPTIONAL:
            return "[%s]" % self._metavar_tuple(action, default, 1)
        if nargs == ZERO_OR_MORE:
            metavar = action.metavar
            if isinstance(metavar, tuple) and len(metavar) == 2:
                return "[%s [%s ...]]" % metavar
            return "[%s ...]" % self._metavar_tuple(action, default, 1)
        if nargs == ONE_OR_MORE:
            return "%s [%s ...]" % self._metavar_tuple(action, default, 2)
        if nargs == REMAINDER:
            return "..."
        if nargs == PARSER:
            return "%s ..." % self._metavar_tuple(action, default, 1)
        if nargs == SUPPRESS:
            return ""
        if not isinstance(nargs, int):
            raise ValueError("invalid nargs value")
        return " ".join(["%s"] * nargs) % self._metavar_tuple(action, default, nargs)

    def _expand_help(self, action):
        params = dict(vars(action), prog=self._prog)
        for key in list(params):
            if params[key] is SUPPRESS:
                del params[key]
        for key in list(params):
            if hasattr(params[key], "__name__"):
                params[key] = params[key].__name__
        if params.get("choices") is not None:
            params["choices"] = ", ".join(str(c) for c in params["choices"])
        return self._get_help_string(action) % params

    def _split_lines(self, text, width):
        import textwrap
        return textwrap.wrap(_SPACES.sub(" ", text).strip(), width)

    def _fill_text(self, text, width, indent):
        import textwrap
        return textwrap.fill(_SPACES.sub(" ", text).strip(), width,
                             initial_indent=indent, subsequent_indent=indent)

    def _get_help_string(self, action):
        return action.help

    def _get_default_metavar_for_optional(self, action):
        return action.dest.upper()

    def _get_default_metavar_for_positional(self, action):
        return action.dest


class RawDescriptionHelpFormatter(HelpFormatter):
    """Keeps the line breaks of the description and epilog."""

    def _fill_text(self, text, width, indent):
        return "".join(indent + line for line in text.splitlines(keepends=True))


class RawTextHelpFormatter(RawDescriptionHelpFormatter):
    """Keeps the line breaks of all help texts."""

    def _split_lines(self, text, width):
        return text.splitlines()


class ArgumentDefaultsHelpFormatter(HelpFormatter):
    """Appends ' (default: ...)' to the help of arguments that have a default."""

    def _get_help_string(self, action):
        text = action.help
        if text is None:
            text = ""
        if "%(default)" not in text and action.default is not SUPPRESS:
            if action.option_strings or action.nargs in (OPTIONAL, ZERO_OR_MORE):
                text += " (default: %(default)s)"
        return text


class MetavarTypeHelpFormatter(HelpFormatter):
    """Uses the name of each argument's type as its metavar."""

    def _get_default_metavar_for_optional(self, action):
        return action.type.__name__

    def _get_default_metavar_for_positional(self, action):
        return action.type.__name__


# ---------------------------------------------------------------------------------------------
# Actions

class Action(_AttributeHolder):
    """What to do with an argument's strings: store them, count them, print help..."""

    def __init__(self, option_strings, dest, nargs=None, const=None, default=None, type=None,
                 choices=None, required=False, help=None, metavar=None):
        self.option_strings = option_strings
        self.dest = dest
        self.nargs = nargs
        self.const = const
        self.default = default
        self.type = type
        self.choices = choices
        self.required = required
        self.help = help
        self.metavar = metavar

    def _get_kwargs(self):
        names = ["option_strings", "dest", "nargs", "const", "default", "type", "choices",
                 "required", "help", "metavar"]
        return [(name, getattr(self, name)) for name in names]

    def format_usage(self):
        return self.option_strings[0]

    def __call__(self, parser, namespace, values, option_string=None):
        raise NotImplementedError(".__call__() not defined")


class BooleanOptionalAction(Action):
    """--flag / --no-flag pairs."""

    def __init__(self, option_strings, dest, default=None, type=None, choices=None,
                 required=False, help=None, metavar=None):
        strings = []
        for option in option_strings:
            strings.append(option)
            if option.startswith("--"):
                strings.append("--no-" + option[2:])
        super().__init__(option_strings=strings, dest=dest, nargs=0, default=default, type=type,
                         choices=choices, required=required, help=help, metavar=metavar)

    def __call__(self, parser, namespace, values, option_string=None):
        if option_string in self.option_strings:
            setattr(namespace, self.dest, not option_string.startswith("--no-"))

    def format_usage(self):
        return " | ".join(self.option_strings)


def _copied(items):
    if items is None:
        return []
    if type(items) is list:
        return items[:]
    import copy
    return copy.copy(items)


class _StoreAction(Action):
    def __init__(self, option_strings, dest, nargs=None, const=None, default=None, type=None,
                 choices=None, required=False, help=None, metavar=None):
        if nargs == 0:
            raise ValueError("nargs for store actions must be != 0; if you have nothing to "
                             "store, actions such as store true or store const may be more "
                             "appropriate")
        if const is not None and nargs != OPTIONAL:
            raise ValueError("nargs must be %r to supply const" % OPTIONAL)
        super().__init__(option_strings, dest, nargs, const, default, type, choices, required,
                         help, metavar)

    def __call__(self, parser, namespace, values, option_string=None):
        setattr(namespace, self.dest, values)


class _StoreConstAction(Action):
    def __init__(self, option_strings, dest, const=None, default=None, required=False, help=None,
                 metavar=None):
        super().__init__(option_strings, dest, nargs=0, const=const, default=default,
                         required=required, help=help)

    def __call__(self, parser, namespace, values, option_string=None):
        setattr(namespace, self.dest, self.const)


class _StoreTrueAction(_StoreConstAction):
    def __init__(self, option_strings, dest, default=False, required=False, help=None):
        super().__init__(option_strings, dest, const=True, default=default, required=required,
                         help=help)


class _StoreFalseAction(_StoreConstAction):
    def __init__(self, option_strings, dest, default=True, required=False, help=None):
        super().__init__(option_strings, dest, const=False, default=default, required=required,
                         help=help)


class _AppendAction(Action):
    def __init__(self, option_strings, dest, nargs=None, const=None, default=None, type=None,
                 choices=None, required=False, help=None, metavar=None):
        if nargs == 0:
            raise ValueError("nargs for append actions must be != 0; if arg strings are not "
                             "supplying the value to append, the append const action may be "
                             "more appropriate")
        if const is not None and nargs != OPTIONAL:
            raise ValueError("nargs must be %r to supply const" % OPTIONAL)
        super().__init__(option_strings, dest, nargs, const, default, type, choices, required,
                         help, metavar)

    def __call__(self, parser, namespace, values, option_string=None):
        items = _copied(getattr(namespace, self.dest, None))
        items.append(values)
        setattr(namespace, self.dest, items)


class _AppendConstAction(Action):
    def __init__(self, option_strings, dest, const=None, default=None, required=False, help=None,
                 metavar=None):
        super().__init__(option_strings, dest, nargs=0, const=const, default=default,
                         required=required, help=help, metavar=metavar)

    def __call__(self, parser, namespace, values, option_string=None):
        items = _copied(getattr(namespace, self.dest, None))
        items.append(self.const)
        setattr(namespace, self.dest, items)


class _CountAction(Action):
    def __init__(self, option_strings, dest, default=None, required=False, help=None):
        super().__init__(option_strings, dest, nargs=0, default=default, required=required,
                         help=help)

    def __call__(self, parser, namespace, values, option_string=None):
        count = getattr(namespace, self.dest, None)
        if count is None:
            count = 0
        setattr(namespace, self.dest, count + 1)


class _HelpAction(Action):
    def __init__(self, option_strings, dest=SUPPRESS, default=SUPPRESS, help=None):
        super().__init__(option_strings, dest, default=default, nargs=0, help=help)

    def __call__(self, parser, namespace, values, option_string=None):
        parser.print_help()
        parser.exit()


class _VersionAction(Action):
    def __init__(self, option_strings, version=None, dest=SUPPRESS, default=SUPPRESS,
                 help="show program's version number and exit"):
        super().__init__(option_strings, dest, default=default, nargs=0, help=help)
        self.version = version

    def __call__(self, parser, namespace, values, option_string=None):
        version = self.version
        if version is None:
            version = parser.version
        formatter = parser._get_formatter()
        formatter.add_text(version)
        parser._print_message(formatter.format_help(), _sys.stdout)
        parser.exit()


class _ExtendAction(_AppendAction):
    def __call__(self, parser, namespace, values, option_string=None):
        items = _copied(getattr(namespace, self.dest, None))
        items.extend(values)
        setattr(namespace, self.dest, items)


class _ChoicesPseudoAction(Action):
    """The help line of one subcommand, listed under the subparsers action."""

    def __init__(self, name, aliases, help):
        metavar = name
        if aliases:
            metavar += " (%s)" % ", ".join(aliases)
        super().__init__(option_strings=[], dest=name, help=help, metavar=metavar)


class _SubParsersAction(Action):
    _ChoicesPseudoAction = _ChoicesPseudoAction

    def __init__(self, option_strings, prog, parser_class, dest=SUPPRESS, required=False,
                 help=None, metavar=None):
        self._prog_prefix = prog
        self._parser_class = parser_class
        self._name_parser_map = {}
        self._choices_actions = []
        super().__init__(option_strings=option_strings, dest=dest, nargs=PARSER,
                         choices=self._name_parser_map, required=required, help=help,
                         metavar=metavar)

    def add_parser(self, name, **kwargs):
        if kwargs.get("prog") is None:
            kwargs["prog"] = "%s %s" % (self._prog_prefix, name)
        aliases = kwargs.pop("aliases", ())
        if name in self._name_parser_map:
            raise ArgumentError(self, "conflicting subparser: %s" % name)
        for alias in aliases:
            if alias in self._name_parser_map:
                raise ArgumentError(self, "conflicting subparser alias: %s" % alias)
        if "help" in kwargs:
            self._choices_actions.append(_ChoicesPseudoAction(name, aliases, kwargs.pop("help")))
        parser = self._parser_class(**kwargs)
        self._name_parser_map[name] = parser
        for alias in aliases:
            self._name_parser_map[alias] = parser
        return parser

    def _get_subactions(self):
        return self._choices_actions

    def __call__(self, parser, namespace, values, option_string=None):
        name = values[0]
        rest = values[1:]
        if self.dest is not SUPPRESS:
            setattr(namespace, self.dest, name)
        chosen = self._name_parser_map.get(name)
        if chosen is None:
            msg = "unknown parser %r (choices: %s)" % (name, ", ".join(self._name_parser_map))
            raise ArgumentError(self, msg)
        sub_namespace, rest = chosen.parse_known_args(rest, None)
        for key, value in vars(sub_namespace).items():
            setattr(namespace, key, value)
        if rest:
            vars(namespace).setdefault(_UNRECOGNIZED, [])
            getattr(namespace, _UNRECOGNIZED).extend(rest)


class FileType(object):
    """Refused: Moat scripts have no files."""

    def __init__(self, mode="r", bufsize=-1, encoding=None, errors=None):
        raise PermissionError("argparse.FileType is not available: scripts have no file access")


# ---------------------------------------------------------------------------------------------
# Containers of actions: parsers and their groups

_ACTIONS = {
    None: _StoreAction, "store": _StoreAction, "store_const": _StoreConstAction, "store_true": _StoreTrueAction,
    "store_false": _StoreFalseAction, "append": _AppendAction, "append_const": _AppendConstAction,
    "count": _CountAction, "help": _HelpAction, "version": _VersionAction, "parsers": _SubParsersAction,
    "extend": _ExtendAction,
}


class _ActionsContainer(object):
    def __init__(self, description, prefix_chars, argument_default, conflict_handler):
        self.description = description
        self.argument_default = argument_default
        self.prefix_chars = prefix_chars
        self.conflict_handler = conflict_handler
        self._registries = {"action": dict(_ACTIONS), "type": {None: lambda s: s}}
        self._actions = []
        self._option_string_actions = {}
        self._action_groups = []
        self._mutually_exclusive_groups = []
        self._defaults = {}
        self._has_negative_number_optionals = []
        if conflict_handler not in ("error", "resolve"):
            raise ValueError("invalid conflict_resolution value: %r" % conflict_handler)

    def register(self, registry_name, value, object):
        self._registries.setdefault(registry_name, {})[value] = object

    def _registry_get(self, registry_name, value, default=None):
        return self._registries[registry_name].get(value, default)

    def set_defaults(self, **kwargs):
        self._defaults.update(kwargs)
        for action in self._actions:
            if action.dest in kwargs:
                action.default = kwargs[action.dest]

    def get_default(self, dest):
        for action in self._actions:
            if action.dest == dest and action.default is not None:
                return action.default
        return self._defaults.get(dest, None)

    def add_argument(self, *args, **kwargs):
        """add_argument(dest, ...) or add_argument(option_string, option_string, ...)"""
        chars = self.prefix_chars
        if not args or (len(args) == 1 and args[0][0] not in chars):
            if args and "dest" in kwargs:
                raise ValueError("dest supplied twice for positional argument")
            kwargs = self._get_positional_kwargs(*args, **kwargs)
        else:
            kwargs = self._get_optional_kwargs(*args, **kwargs)
        if "default" not in kwargs:
            dest = kwargs["dest"]
            if dest in self._defaults:
                kwargs["default"] = self._defaults[dest]
            elif self.argument_default is not None:
                kwargs["default"] = self.argument_default
        name = kwargs.pop("action", None)
        action_class = self._registry_get("action", name, name)
        if not callable(action_class):
            raise ValueError('unknown action "%s"' % (action_class,))
        action = action_class(**kwargs)
        type_func = self._registry_get("type", action.type, action.type)
        if not callable(type_func):
            raise ValueError("%r is not callable" % (type_func,))
        if type_func is FileType:
            raise ValueError("%r is a FileType class object, instance of it must be passed"
                             % (type_func,))
        if hasattr(self, "_get_formatter"):
            try:
                self._get_formatter()._format_args(action, None)
            except TypeError:
                raise ValueError("length of metavar tuple does not match nargs")
        return self._add_action(action)

    def add_argument_group(self, *args, **kwargs):
        group = _ArgumentGroup(self, *args, **kwargs)
        self._action_groups.append(group)
        return group

    def add_mutually_exclusive_group(self, **kwargs):
        group = _MutuallyExclusiveGroup(self, **kwargs)
        self._mutually_exclusive_groups.append(group)
        return group

    def _add_action(self, action):
        self._check_conflict(action)
        self._actions.append(action)
        action.container = self
        for option in action.option_strings:
            self._option_string_actions[option] = action
        for option in action.option_strings:
            if _NEGATIVE_NUMBER.match(option) and not self._has_negative_number_optionals:
                self._has_negative_number_optionals.append(True)
        return action

    def _remove_action(self, action):
        self._actions.remove(action)

    def _add_container_actions(self, container):
        by_title = {}
        for group in self._action_groups:
            if group.title in by_title:
                raise ValueError("cannot merge actions - two groups are named %r" % (group.title,))
            by_title[group.title] = group
        home = {}
        for group in container._action_groups:
            if group.title not in by_title:
                by_title[group.title] = self.add_argument_group(
                    title=group.title, description=group.description,
                    conflict_handler=group.conflict_handler)
            for action in group._group_actions:
                home[id(action)] = by_title[group.title]
        for group in container._mutually_exclusive_groups:
            mutex = self.add_mutually_exclusive_group(required=group.required)
            for action in group._group_actions:
                home[id(action)] = mutex
        for action in container._actions:
            home.get(id(action), self)._add_action(action)

    def _get_positional_kwargs(self, dest, **kwargs):
        if "required" in kwargs:
            raise TypeError("'required' is an invalid argument for positionals")
        if kwargs.get("nargs") not in (OPTIONAL, ZERO_OR_MORE):
            kwargs["required"] = True
        if kwargs.get("nargs") == ZERO_OR_MORE and "default" not in kwargs:
            kwargs["required"] = True
        return dict(kwargs, dest=dest, option_strings=[])

    def _get_optional_kwargs(self, *args, **kwargs):
        options = []
        long_options = []
        for option in args:
            if not option[0] in self.prefix_chars:
                raise ValueError("invalid option string %r: must start with a character %r"
                                 % (option, self.prefix_chars))
            options.append(option)
            if len(option) > 1 and option[1] in self.prefix_chars:
                long_options.append(option)
        dest = kwargs.pop("dest", None)
        if dest is None:
            source = long_options[0] if long_options else options[0]
            dest = source.lstrip(self.prefix_chars)
            if not dest:
                raise ValueError("dest= is required for options like %r" % (option,))
            dest = dest.replace("-", "_")
        return dict(kwargs, dest=dest, option_strings=options)

    def _check_conflict(self, action):
        clashes = []
        for option in action.option_strings:
            if option in self._option_string_actions:
                clashes.append((option, self._option_string_actions[option]))
        if not clashes:
            return
        if self.conflict_handler == "error":
            word = "string" if len(clashes) == 1 else "strings"
            raise ArgumentError(action, "conflicting option %s: %s"
                                % (word, ", ".join(option for option, _ in clashes)))
        for option, other in clashes:
            other.option_strings.remove(option)
            self._option_string_actions.pop(option, None)
            if not other.option_strings:
                other.container._remove_action(other)


class _ArgumentGroup(_ActionsContainer):
    def __init__(self, container, title=None, description=None, **kwargs):
        kwargs.setdefault("conflict_handler", container.conflict_handler)
        kwargs.setdefault("prefix_chars", container.prefix_chars)
        kwargs.setdefault("argument_default", container.argument_default)
        super().__init__(description=description, **kwargs)
        self.title = title
        self._group_actions = []
        self._registries = container._registries
        self._actions = container._actions
        self._option_string_actions = container._option_string_actions
        self._defaults = container._defaults
        self._has_negative_number_optionals = container._has_negative_number_optionals
        self._mutually_exclusive_groups = container._mutually_exclusive_groups

    def _add_action(self, action):
        action = super()._add_action(action)
        self._group_actions.append(action)
        return action

    def _remove_action(self, action):
        super()._remove_action(action)
        self._group_actions.remove(action)


class _MutuallyExclusiveGroup(_ArgumentGroup):
    def __init__(self, container, required=False):
        super().__init__(container)
        self.required = required
        self._container = container

    def _add_action(self, action):
        if action.required:
            raise ValueError("mutually exclusive arguments must be optional")
        action = self._container._add_action(action)
        self._group_actions.append(action)
        return action

    def _remove_action(self, action):
        self._container._remove_action(action)
        self._group_actions.remove(action)


def _default_prog():
    argv0 = _sys.argv[0] if _sys.argv else ""
    return argv0.rpartition("/")[2]


class ArgumentParser(_AttributeHolder, _ActionsContainer):
    """Turns command-line strings into a Namespace of attributes."""

    def __init__(self, prog=None, usage=None, description=None, epilog=None, parents=[],
                 formatter_class=HelpFormatter, prefix_chars="-", fromfile_prefix_chars=None,
                 argument_default=None, conflict_handler="error", add_help=True,
                 allow_abbrev=True, exit_on_error=True):
        _ActionsContainer.__init__(self, description=description, prefix_chars=prefix_chars,
                            argument_default=argument_default,
                            conflict_handler=conflict_handler)
        if fromfile_prefix_chars is not None:
            raise PermissionError("argparse fromfile_prefix_chars is not available: scripts "
                                  "have no file access")
        if prog is None:
            prog = _default_prog()
        self.prog = prog
        self.usage = usage
        self.epilog = epilog
        self.formatter_class = formatter_class
        self.fromfile_prefix_chars = fromfile_prefix_chars
        self.add_help = add_help
        self.allow_abbrev = allow_abbrev
        self.exit_on_error = exit_on_error
        self._positionals = self.add_argument_group("positional arguments")
        self._optionals = self.add_argument_group("options")
        self._subparsers = None
        self.register("type", None, lambda s: s)
        if add_help:
            marker = "-" if "-" in prefix_chars else prefix_chars[0]
            self.add_argument(marker + "h", marker * 2 + "help", action="help",
                              default=SUPPRESS, help="show this help message and exit")
        for parent in parents:
            self._add_container_actions(parent)
            defaults = getattr(parent, "_defaults", None)
            if defaults is not None:
                self._defaults.update(defaults)

    def _get_kwargs(self):
        names = ["prog", "usage", "description", "formatter_class", "conflict_handler",
                 "add_help"]
        return [(name, getattr(self, name)) for name in names]

    # -- building -------------------------------------------------------------------------------
    def add_subparsers(self, **kwargs):
        if self._subparsers is not None:
            self.error("cannot have multiple subparser arguments")
        kwargs.setdefault("parser_class", type(self))
        if "title" in kwargs or "description" in kwargs:
            title = kwargs.pop("title", "subcommands")
            description = kwargs.pop("description", None)
            self._subparsers = self.add_argument_group(title, description)
        else:
            self._subparsers = self._positionals
        if kwargs.get("prog") is None:
            formatter = self._get_formatter()
            formatter.add_usage(self.usage, self._get_positional_actions(),
                                self._mutually_exclusive_groups, "")
            kwargs["prog"] = formatter.format_help().strip()
        name = kwargs.pop("action", "parsers")
        parsers_class = self._registry_get("action", name, name)
        action = parsers_class(option_strings=[], **kwargs)
        self._subparsers._add_action(action)
        return action

    def _add_action(self, action):
        if action.option_strings:
            self._optionals._add_action(action)
        else:
            self._positionals._add_action(action)
        return action

    def _get_optional_actions(self):
        return [a for a in self._actions if a.option_strings]

    def _get_positional_actions(self):
        return [a for a in self._actions if not a.option_strings]

    # -- parsing --------------------------------------------------------------------------------
    def parse_args(self, args=None, namespace=None):
        namespace, extras = self.parse_known_args(args, namespace)
        if extras:
            self.error("unrecognized arguments: %s" % " ".join(extras))
        return namespace

    def parse_known_args(self, args=None, namespace=None):
        if args is None:
            args = _sys.argv[1:]
        else:
            args = list(args)
        if namespace is None:
            namespace = Namespace()
        for action in self._actions:
            if action.dest is not SUPPRESS and not hasattr(namespace, action.dest):
                if action.default is not SUPPRESS:
                    setattr(namespace, action.dest, action.default)
        for dest in self._defaults:
            if not hasattr(namespace, dest):
                setattr(namespace, dest, self._defaults[dest])
        if self.exit_on_error:
            try:
                namespace, args = self._parse(args, namespace)
            except ArgumentError as err:
                self.error(str(err))
        else:
            namespace, args = self._parse(args, namespace)
        if hasattr(namespace, _UNRECOGNIZED):
            args.extend(getattr(namespace, _UNRECOGNIZED))
            delattr(namespace, _UNRECOGNIZED)
        return namespace, args

    def parse_intermixed_args(self, args=None, namespace=None):
        namespace, extras = self.parse_known_intermixed_args(args, namespace)
        if extras:
            self.error("unrecognized arguments: %s" % " ".join(extras))
        return namespace

    def parse_known_intermixed_args(self, args=None, namespace=None):
        """Like parse_known_args, but positionals may come between the options: the options
        are parsed first with the positionals switched off, then what is left."""
        positionals = self._get_positional_actions()
        for action in positionals:
            if action.nargs in (PARSER, REMAINDER):
                raise TypeError("parse_intermixed_args: positional arg with nargs=%s"
                                % action.nargs)
        for group in self._mutually_exclusive_groups:
            if any(a is b for a in group._group_actions for b in positionals):
                raise TypeError("parse_intermixed_args: positional in mutuallyExclusiveGroup")
        saved_usage = self.usage
        try:
            if self.usage is None:
                self.usage = self.format_usage()[7:]
            saved = [(a, a.nargs, a.default) for a in positionals]
            try:
                for action in positionals:
                    action.nargs = SUPPRESS
                    action.default = SUPPRESS
                namespace, rest = self.parse_known_args(args, namespace)
                for action in positionals:
                    if getattr(namespace, action.dest, None) == []:
                        import warnings
                        warnings.warn("Do not expect %s in %s" % (action.dest, namespace))
                        delattr(namespace, action.dest)
            finally:
                for action, nargs, default in saved:
                    action.nargs = nargs
                    action.default = default
            optionals = self._get_optional_actions()
            saved_required = [(a, a.required) for a in optionals]
            saved_group_required = [(g, g.required) for g in self._mutually_exclusive_groups]
            try:
                for action in optionals:
                    action.required = False
                for group in self._mutually_exclusive_groups:
                    group.required = False
                namespace, extras = self.parse_known_args(rest, namespace)
            finally:
                for action, required in saved_required:
                    action.required = required
                for group, required in saved_group_required:
                    group.required = required
        finally:
            self.usage = saved_usage
        return namespace, extras

    def _parse(self, strings, namespace):
        conflicts = {}
        for group in self._mutually_exclusive_groups:
            members = group._group_actions
            for i, member in enumerate(members):
                conflicts.setdefault(id(member), []).extend(members[:i] + members[i + 1:])

        # classify every string: 'O' an option, 'A' an argument, '-' the first '--'
        options_at = {}
        kinds = []
        after_dashes = False
        for i, text in enumerate(strings):
            if after_dashes:
                kinds.append("A")
            elif text == "--":
                kinds.append("-")
                after_dashes = True
            else:
                found = self._parse_optional(text)
                if found is None:
                    kinds.append("A")
                else:
                    options_at[i] = found
                    kinds.append("O")
        pattern = "".join(kinds)

        seen = set()
        seen_given = set()
        extras = []

        def take(action, arg_strings, option_string=None):
            seen.add(id(action))
            values = self._get_values(action, arg_strings)
            if values is not action.default:
                seen_given.add(id(action))
                for other in conflicts.get(id(action), []):
                    if id(other) in seen_given:
                        raise ArgumentError(action, "not allowed with argument %s"
                                            % _action_name(other))
            if values is not SUPPRESS:
                action(self, namespace, values, option_string)

        def consume_optional(index):
            action, option_string, explicit = options_at[index]
            todo = []
            while True:
                if action is None:
                    extras.append(strings[index])
                    return index + 1
                if explicit is not None:
                    count = self._match_argument(action, "A")
                    if count == 0 and option_string[1] not in self.prefix_chars and explicit != "":
                        todo.append((action, [], option_string))
                        option_string = option_string[0] + explicit[0]
                        rest = explicit[1:] or None
                        if option_string in self._option_string_actions:
                            action = self._option_string_actions[option_string]
                            explicit = rest
                        else:
                            raise ArgumentError(action, "ignored explicit argument %r" % explicit)
                    elif count == 1:
                        stop = index + 1
                        todo.append((action, [explicit], option_string))
                        break
                    else:
                        raise ArgumentError(action, "ignored explicit argument %r" % explicit)
                else:
                    start = index + 1
                    count = self._match_argument(action, pattern[start:])
                    stop = start + count
                    todo.append((action, strings[start:stop], option_string))
                    break
            for action, args, option_string in todo:
                take(action, args, option_string)
            return stop

        positionals = self._get_positional_actions()

        def consume_positionals(index):
            counts = self._match_arguments_partial(positionals, pattern[index:])
            for action, count in zip(positionals, counts):
                args = strings[index:index + count]
                index += count
                take(action, args)
            del positionals[:len(counts)]
            return index

        index = 0
        last_option = max(options_at) if options_at else -1
        while index <= last_option:
            next_option = min(i for i in options_at if i >= index)
            if index != next_option:
                end = consume_positionals(index)
                if end > index:
                    index = end
                    continue
                index = end
            if index not in options_at:
                extras.extend(strings[index:next_option])
                index = next_option
            index = consume_optional(index)
        stop = consume_positionals(index)
        extras.extend(strings[stop:])

        missing = []
        for action in self._actions:
            if id(action) in seen:
                continue
            if action.required:
                missing.append(_action_name(action))
            elif (action.default is not None and isinstance(action.default, str)
                  and hasattr(namespace, action.dest)
                  and action.default is getattr(namespace, action.dest)):
                setattr(namespace, action.dest, self._get_value(action, action.default))
        if missing:
            self.error("the following arguments are required: %s" % ", ".join(missing))
        for group in self._mutually_exclusive_groups:
            if group.required and not any(id(a) in seen_given for a in group._group_actions):
                names = [_action_name(a) for a in group._group_actions if a.help is not SUPPRESS]
                self.error("one of the arguments %s is required" % " ".join(names))
        return namespace, extras

    def convert_arg_line_to_args(self, arg_line):
        return [arg_line]

    def _nargs_pattern(self, action):
        nargs = action.nargs
        if nargs is None:
            result = "(-*A-*)"
        elif nargs == OPTIONAL:
            result = "(-*A?-*)"
        elif nargs == ZERO_OR_MORE:
            result = "(-*[A-]*)"
        elif nargs == ONE_OR_MORE:
            result = "(-*A[A-]*)"
        elif nargs == REMAINDER:
            result = "([-AO]*)"
        elif nargs == PARSER:
            result = "(-*A[-AO]*)"
        elif nargs == SUPPRESS:
            result = "(-*-*)"
        else:
            result = "(-*%s-*)" % "-*".join("A" * nargs)
        if action.option_strings:
            result = result.replace("-*", "").replace("-", "")
        return result

    def _match_argument(self, action, kinds):
        found = _re.match(self._nargs_pattern(action), kinds)
        if found is None:
            if action.nargs is None:
                msg = "expected one argument"
            elif action.nargs == OPTIONAL:
                msg = "expected at most one argument"
            elif action.nargs == ONE_OR_MORE:
                msg = "expected at least one argument"
            elif action.nargs == 1:
                msg = "expected 1 argument"
            else:
                msg = "expected %s arguments" % (action.nargs,)
            raise ArgumentError(action, msg)
        return len(found.group(1))

    def _match_arguments_partial(self, actions, kinds):
        for size in range(len(actions), 0, -1):
            regex = "".join(self._nargs_pattern(a) for a in actions[:size])
            found = _re.match(regex, kinds)
            if found is not None:
                return [len(g) for g in found.groups()]
        return []

    def _parse_optional(self, text):
        if not text or text[0] not in self.prefix_chars:
            return None
        if text in self._option_string_actions:
            return self._option_string_actions[text], text, None
        if len(text) == 1:
            return None
        if "=" in text:
            option, explicit = text.split("=", 1)
            if option in self._option_string_actions:
                return self._option_string_actions[option], option, explicit
        matches = self._get_option_tuples(text)
        if len(matches) > 1:
            names = ", ".join(option for _, option, _ in matches)
            self.error("ambiguous option: %s could match %s" % (text, names))
        elif len(matches) == 1:
            return matches[0]
        if _NEGATIVE_NUMBER.match(text) and not self._has_negative_number_optionals:
            return None
        if " " in text:
            return None
        return None, text, None

    def _get_option_tuples(self, text):
        chars = self.prefix_chars
        found = []
        if text[0] in chars and text[1] in chars:
            if self.allow_abbrev:
                if "=" in text:
                    prefix, explicit = text.split("=", 1)
                else:
                    prefix, explicit = text, None
                for option, action in self._option_string_actions.items():
                    if option.startswith(prefix):
                        found.append((action, option, explicit))
        elif text[0] in chars:
            short = text[:2]
            attached = text[2:]
            for option, action in self._option_string_actions.items():
                if option == short:
                    found.append((action, option, attached))
                elif option.startswith(text):
                    found.append((action, option, None))
        else:
            self.error("unexpected option string: %s" % text)
        return found

    def _get_values(self, action, strings):
        if action.nargs not in (PARSER, REMAINDER) and "--" in strings:
            strings.remove("--")
        if not strings and action.nargs == OPTIONAL:
            value = action.const if action.option_strings else action.default
            if isinstance(value, str):
                value = self._get_value(action, value)
                self._check_value(action, value)
        elif not strings and action.nargs == ZERO_OR_MORE and not action.option_strings:
            value = action.default if action.default is not None else strings
            self._check_value(action, value)
        elif len(strings) == 1 and action.nargs in (None, OPTIONAL):
            value = self._get_value(action, strings[0])
            self._check_value(action, value)
        elif action.nargs == REMAINDER:
            value = [self._get_value(action, s) for s in strings]
        elif action.nargs == PARSER:
            value = [self._get_value(action, s) for s in strings]
            self._check_value(action, value[0])
        elif action.nargs == SUPPRESS:
            value = SUPPRESS
        else:
            value = [self._get_value(action, s) for s in strings]
            for item in value:
                self._check_value(action, item)
        return value

    def _get_value(self, action, text):
        convert = self._registry_get("type", action.type, action.type)
        if not callable(convert):
            raise ArgumentError(action, "%r is not callable" % (convert,))
        try:
            return convert(text)
        except ArgumentTypeError as err:
            raise ArgumentError(action, str(err))
        except (TypeError, ValueError):
            name = getattr(action.type, "__name__", repr(action.type))
            raise ArgumentError(action, "invalid %s value: %r" % (name, text))

    def _check_value(self, action, value):
        if action.choices is not None and value not in action.choices:
            shown = ", ".join(repr(c) for c in action.choices)
            raise ArgumentError(action, "invalid choice: %r (choose from %s)" % (value, shown))

    # -- help -----------------------------------------------------------------------------------
    def format_usage(self):
        formatter = self._get_formatter()
        formatter.add_usage(self.usage, self._actions, self._mutually_exclusive_groups)
        return formatter.format_help()

    def format_help(self):
        formatter = self._get_formatter()
        formatter.add_usage(self.usage, self._actions, self._mutually_exclusive_groups)
        formatter.add_text(self.description)
        for group in self._action_groups:
            formatter.start_section(group.title)
            formatter.add_text(group.description)
            formatter.add_arguments(group._group_actions)
            formatter.end_section()
        formatter.add_text(self.epilog)
        return formatter.format_help()

    def _get_formatter(self):
        return self.formatter_class(prog=self.prog)

    def print_usage(self, file=None):
        self._print_message(self.format_usage(), file if file is not None else _sys.stdout)

    def print_help(self, file=None):
        self._print_message(self.format_help(), file if file is not None else _sys.stdout)

    def _print_message(self, message, file=None):
        if message:
            file = file or _sys.stderr
            try:
                file.write(message)
            except (AttributeError, OSError):
                pass

    # -- exiting --------------------------------------------------------------------------------
    def exit(self, status=0, message=None):
        if message:
            self._print_message(message, _sys.stderr)
        _sys.exit(status)

    def error(self, message):
        """Print the usage and 'prog: error: message' to stderr, then exit with status 2."""
        self.print_usage(_sys.stderr)
        self.exit(2, "%s: error: %s\n" % (self.prog, message))
