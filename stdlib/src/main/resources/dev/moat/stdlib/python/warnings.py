"""Issuing warnings and filtering them.

Moat does not expose stack frames, so a warning's location is CPython's placeholder for an
unknown caller: file "sys", line 1 (and the module is "__main__" for module filters).
"""

import re as _re
import sys as _sys

__all__ = ["warn", "warn_explicit", "showwarning", "formatwarning", "filterwarnings",
           "simplefilter", "resetwarnings", "catch_warnings"]

_ACTIONS = ("error", "ignore", "always", "default", "module", "once")

filters = []
defaultaction = "default"
_onceregistry = {}
_registry = {}


def _reset_defaults():
    filters[:] = [
        ("default", None, DeprecationWarning, "__main__", 0),
        ("ignore", None, DeprecationWarning, None, 0),
        ("ignore", None, PendingDeprecationWarning, None, 0),
        ("ignore", None, ImportWarning, None, 0),
        ("ignore", None, ResourceWarning, None, 0),
    ]


def _check_action(action):
    if action not in _ACTIONS:
        raise AssertionError(f"invalid action: {action!r}")


def _add_filter(item, append):
    if item in filters:
        filters.remove(item)
    if append:
        filters.append(item)
    else:
        filters.insert(0, item)
    _onceregistry.clear()
    _registry.clear()


def filterwarnings(action, message="", category=Warning, module="", lineno=0, append=False):
    """Adds a filter: action for warnings whose text and module match the regexes."""
    _check_action(action)
    if not isinstance(message, str):
        raise AssertionError("message must be a string")
    if not isinstance(category, type) or not issubclass(category, Warning):
        raise AssertionError("category must be a class")
    if not isinstance(module, str):
        raise AssertionError("module must be a string")
    if not isinstance(lineno, int) or lineno < 0:
        raise AssertionError("lineno must be an int >= 0")
    _add_filter((action, _re.compile(message, _re.I) if message else None, category,
                 _re.compile(module) if module else None, lineno), append)


def simplefilter(action, category=Warning, lineno=0, append=False):
    """Adds a filter for every warning of category."""
    _check_action(action)
    if not isinstance(lineno, int) or lineno < 0:
        raise AssertionError("lineno must be an int >= 0")
    _add_filter((action, None, category, None, lineno), append)


def resetwarnings():
    """Removes every filter."""
    filters[:] = []
    _onceregistry.clear()
    _registry.clear()


def formatwarning(message, category, filename, lineno, line=None):
    """The text showwarning writes."""
    text = f"{filename}:{lineno}: {category.__name__}: {message}\n"
    if line:
        text += "  " + line.strip() + "\n"
    return text


def showwarning(message, category, filename, lineno, file=None, line=None):
    """Writes a warning to file (sys.stderr by default)."""
    if file is None:
        file = _sys.stderr
    try:
        file.write(formatwarning(message, category, filename, lineno, line))
    except OSError:
        pass


class WarningMessage:
    """One warning, as catch_warnings(record=True) keeps it."""

    def __init__(self, message, category, filename, lineno, file=None, line=None, source=None):
        self.message = message
        self.category = category
        self.filename = filename
        self.lineno = lineno
        self.file = file
        self.line = line
        self.source = source
        self._category_name = category.__name__ if category else None

    def __str__(self):
        return (f"{{message : {self.message!r}, category : {self._category_name!r}, "
                f"filename : {self.filename!r}, lineno : {self.lineno}, "
                f"line : {self.line!r}}}")


def _show(msg):
    showwarning(msg.message, msg.category, msg.filename, msg.lineno, msg.file, msg.line)


def warn(message, category=None, stacklevel=1, source=None):
    """Issues a warning; the filters decide whether it is shown, ignored or raised."""
    if isinstance(message, Warning):
        category = message.__class__
    if category is None:
        category = UserWarning
    if not (isinstance(category, type) and issubclass(category, Warning)):
        raise TypeError("category must be a Warning subclass, not '"
                        + type(category).__name__ + "'")
    warn_explicit(message, category, "sys", 1, "__main__", _registry, source=source)


def _matches(pattern, text):
    # the default filters hold plain strings (exact match), added ones compiled regexes
    return pattern == text if isinstance(pattern, str) else pattern.match(text) is not None


def warn_explicit(message, category, filename, lineno, module=None, registry=None,
                  module_globals=None, source=None):
    """Issues a warning at an explicit location."""
    if module is None:
        module = filename or "<unknown>"
        if module.endswith(".py"):
            module = module[:-3]
    if registry is None:
        registry = {}
    if isinstance(message, Warning):
        text = str(message)
        category = message.__class__
    else:
        text = message
        message = category(message)
    key = (text, category, lineno)
    if registry.get(key):
        return
    for action, msg, cat, mod, ln in filters:
        if ((msg is None or _matches(msg, text)) and issubclass(category, cat)
                and (mod is None or _matches(mod, module)) and (ln == 0 or lineno == ln)):
            break
    else:
        action = defaultaction
    if action == "ignore":
        return
    if action == "error":
        raise message
    if action == "once":
        registry[key] = 1
        once_key = (text, category)
        if _onceregistry.get(once_key):
            return
        _onceregistry[once_key] = 1
    elif action == "module":
        registry[key] = 1
        module_key = (text, category, 0)
        if registry.get(module_key):
            return
        registry[module_key] = 1
    elif action == "default":
        registry[key] = 1
    _show(WarningMessage(message, category, filename, lineno, None, None, source))


class catch_warnings:
    """Saves the filters and showwarning on entry and restores them on exit."""

    def __init__(self, *, record=False, module=None, action=None, category=Warning, lineno=0,
                 append=False):
        self._record = record
        self._entered = False
        self._filter = None if action is None else (action, category, lineno, append)

    def __repr__(self):
        args = []
        if self._record:
            args.append("record=True")
        return "catch_warnings(" + ", ".join(args) + ")"

    def __enter__(self):
        global showwarning
        if self._entered:
            raise RuntimeError("Cannot enter %r twice" % self)
        self._entered = True
        self._saved_filters = filters[:]
        self._saved_show = showwarning
        _registry.clear()
        _onceregistry.clear()
        if self._filter is not None:
            simplefilter(*self._filter)
        if self._record:
            log = []
            showwarning = lambda *args, **kwargs: log.append(WarningMessage(*args, **kwargs))
            return log
        return None

    def __exit__(self, *exc_info):
        global showwarning
        if not self._entered:
            raise RuntimeError("Cannot exit %r without entering first" % self)
        filters[:] = self._saved_filters
        showwarning = self._saved_show
        _registry.clear()
        _onceregistry.clear()


_reset_defaults()
