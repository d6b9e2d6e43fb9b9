# mixing str and bytes, and the flags and escapes bytes patterns refuse
import re


def attempt(label, f):
    try:
        print(label, "->", repr(f()))
    except (TypeError, ValueError, re.error, IndexError) as e:
        print(label, "->", type(e).__name__ + ":", e)


attempt("str pattern, bytes subject", lambda: re.search("a", b"abc"))
attempt("bytes pattern, str subject", lambda: re.search(b"a", "abc"))
attempt("compiled bytes on str", lambda: re.compile(b"a").match("a"))
attempt("findall mixed", lambda: re.findall("a", bytearray(b"a")))
attempt("split mixed", lambda: re.split(b",", "a,b"))
attempt("sub subject mixed", lambda: re.sub(b"a", b"x", "a"))
attempt("int subject", lambda: re.match(b"a", 5))
attempt("UNICODE flag", lambda: re.compile(b"a", re.U))
attempt("inline u", lambda: re.compile(b"(?u)a"))
attempt("ASCII and LOCALE", lambda: re.compile(b"a", re.A | re.L))
attempt("LOCALE on str", lambda: re.compile("a", re.L))
attempt("inline L on str", lambda: re.compile("(?L)a"))
attempt("LOCALE on bytes", lambda: re.compile(b"a", re.L).flags)
attempt("bad escape u", lambda: re.compile(rb"\u0041"))
attempt("bad escape U", lambda: re.compile(rb"[\U00000041]"))
attempt("bad escape N", lambda: re.compile(rb"\N{LATIN SMALL LETTER A}"))
attempt("str escape u", lambda: re.compile(r"\u0041").pattern)
attempt("bytearray pattern", lambda: re.compile(bytearray(b"a")))
attempt("str template, bytes", lambda: re.sub(b"a", "x", b"bab"))
attempt("str template, no match", lambda: re.sub(b"z", "x", b"bab"))
attempt("str template with group", lambda: re.sub(b"(a)", r"-\1", b"a"))
attempt("str template only group", lambda: re.sub(b"(a)", r"\1\1", b"a"))
attempt("bytes template, str", lambda: re.sub("a", b"x", "ba"))
attempt("callable returns str", lambda: re.sub(b"a", lambda m: "x", b"bab"))
attempt("callable returns bytes", lambda: re.sub("a", lambda m: b"x", "a"))
attempt("callable returns int", lambda: re.sub("a", lambda m: 1, "bba"))
attempt("int template", lambda: re.sub(b"a", 5, b"a"))
attempt("expand str on bytes", lambda: re.match(b"a", b"a").expand("[\\g<0>]"))
attempt("expand int", lambda: re.match(b"a", b"a").expand(3))
attempt("template bad group", lambda: re.sub(rb"a", rb"\g<x>", b"a"))
attempt("template bad ref", lambda: re.sub(rb"a", rb"\2", b"a"))
attempt("template bad escape", lambda: re.sub(rb"a", rb"\q", b"a"))
try:
    re.compile(b"ab\n(c")
except re.error as e:
    print(e, "|", e.msg, e.pattern, e.pos, e.lineno, e.colno)
try:
    re.sub(b"a", b"x\\", b"a")
except re.error as e:
    print(e, "|", e.pattern, e.pos)
