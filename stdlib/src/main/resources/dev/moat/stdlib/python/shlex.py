"""Splitting, quoting and joining command lines as a POSIX shell does."""

import re

__all__ = ["split", "quote", "join"]

_unsafe = re.compile(r"[^\w@%+=:,./-]", re.ASCII).search


def quote(s):
    """A shell-escaped form of s."""
    if not s:
        return "''"
    if _unsafe(s) is None:
        return s
    return "'" + s.replace("'", "'\"'\"'") + "'"


def join(split_command):
    """The command line that split() would turn back into split_command."""
    return " ".join(quote(arg) for arg in split_command)


_WHITESPACE = " \t\r\n"
_DOUBLE_QUOTE_ESCAPES = "\\\""


def split(s, comments=False, posix=True):
    """The words of s, with POSIX shell quoting rules (posix=False keeps the quotes)."""
    if s is None:
        raise ValueError("s argument must not be None")
    words = []
    word = []
    in_word = False
    i, n = 0, len(s)
    while i < n:
        c = s[i]
        if c in _WHITESPACE:
            if in_word:
                words.append("".join(word))
                word = []
                in_word = False
            i += 1
        elif comments and c == "#" and not in_word:
            while i < n and s[i] != "\n":
                i += 1
        elif c == "\\" and posix:
            if i + 1 >= n:
                raise ValueError("No escaped character")
            word.append(s[i + 1])
            in_word = True
            i += 2
        elif c in "'\"":
            quote_char = c
            in_word = True
            if not posix:
                word.append(c)
            i += 1
            while True:
                if i >= n:
                    raise ValueError("No closing quotation")
                c = s[i]
                if c == quote_char:
                    if not posix:
                        word.append(c)
                    i += 1
                    break
                if c == "\\" and quote_char == '"' and posix:
                    if i + 1 >= n:
                        raise ValueError("No closing quotation")
                    nxt = s[i + 1]
                    if nxt in _DOUBLE_QUOTE_ESCAPES:
                        word.append(nxt)
                    else:
                        word.append("\\" + nxt)
                    i += 2
                    continue
                word.append(c)
                i += 1
        else:
            word.append(c)
            in_word = True
            i += 1
    if in_word:
        words.append("".join(word))
    return words
