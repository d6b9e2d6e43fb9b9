"""Shell-style wildcard matching of names: * ? [seq] [!seq]."""

import re

__all__ = ["filter", "fnmatch", "fnmatchcase", "translate"]

_compiled = {}


def translate(pat):
    """A regular expression matching exactly the names the wildcard pattern matches."""
    out = []
    i, n = 0, len(pat)
    while i < n:
        c = pat[i]
        i += 1
        if c == "*":
            if not out or out[-1] != ".*":
                out.append(".*")
        elif c == "?":
            out.append(".")
        elif c == "[":
            j = i
            if j < n and pat[j] == "!":
                j += 1
            if j < n and pat[j] == "]":
                j += 1
            while j < n and pat[j] != "]":
                j += 1
            if j >= n:
                out.append("\\[")
                continue
            chars = pat[i:j].replace("\\", "\\\\")
            i = j + 1
            chars = re.sub(r"([&~|])", r"\\\1", chars)
            if not chars:
                out.append("(?!)")
            elif chars == "!":
                out.append(".")
            else:
                if chars[0] == "!":
                    chars = "^" + chars[1:]
                elif chars[0] in ("^", "["):
                    chars = "\\" + chars
                out.append("[" + chars + "]")
        else:
            out.append(re.escape(c))
    return "(?s:" + "".join(out) + ")\\Z"


def _matcher(pat):
    m = _compiled.get(pat)
    if m is None:
        if isinstance(pat, bytes):
            m = re.compile(translate(pat.decode("latin-1")).encode("latin-1")).match
        else:
            m = re.compile(translate(pat)).match
        if len(_compiled) > 1000:
            _compiled.clear()
        _compiled[pat] = m
    return m


def fnmatchcase(name, pat):
    """True if name matches pat, case-sensitively."""
    return _matcher(pat)(name) is not None


def fnmatch(name, pat):
    """True if name matches pat (names are compared as the POSIX os.path.normcase leaves them)."""
    return fnmatchcase(name, pat)


def filter(names, pat):
    """The names that match pat."""
    match = _matcher(pat)
    return [name for name in names if match(name) is not None]
