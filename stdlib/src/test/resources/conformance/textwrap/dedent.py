import textwrap

def show(s):
    print(repr(textwrap.dedent(s)))

show("""\
    def f():
        return 1
    """)
show("  a\n    b\n  c")
show("\ta\n\tb")
show("\ta\n    b")
show("  a\n\n  b")
show("  a\n   \n  b")
show("  a\n \t \n  b")
show("no indent\n  some")
show("    x\n  y\n      z")
show("  \ttab mixed\n  \t more")
show("")
show("\n\n")
show("   only whitespace   ")
show("  trailing\n  ")
show("  a\r\n  b\r\n")
try:
    textwrap.dedent(None)
except TypeError as e:
    print("TypeError", e)
