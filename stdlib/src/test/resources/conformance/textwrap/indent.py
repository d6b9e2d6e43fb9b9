import textwrap

text = "first\nsecond\n\n   \nlast"
print(repr(textwrap.indent(text, "> ")))
print(repr(textwrap.indent(text, "# ", lambda line: True)))
print(repr(textwrap.indent(text, "+", lambda line: line.startswith("s"))))
print(repr(textwrap.indent("a\r\nb\rc\x0bd\u2028e", "|")))
print(repr(textwrap.indent("", "  ")))
print(repr(textwrap.indent("no newline", "  ")))
print(repr(textwrap.indent("ends\n", "  ")))
code = textwrap.dedent("""
    if x:
        y = 1
""")
print(textwrap.indent(code, "    "), end="")
try:
    textwrap.indent("a", 5)
except TypeError as e:
    print("TypeError", e)
print(repr(textwrap.indent("\n\n", 5)))
