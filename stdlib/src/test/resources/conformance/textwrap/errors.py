import textwrap

def attempt(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)

attempt("width 0", lambda: textwrap.wrap("abc", 0))
attempt("width -5", lambda: textwrap.fill("abc", -5))
attempt("width 0 empty", lambda: textwrap.wrap("", 0))
attempt("width float", lambda: textwrap.wrap("a b c d e", 3.5))
attempt("width 0.5", lambda: textwrap.wrap("a b", 0.5))
attempt("not str", lambda: textwrap.wrap(123))
attempt("not str no tabs", lambda: textwrap.wrap(123, expand_tabs=False))
attempt("bad kw", lambda: textwrap.wrap("a", 5, nonsense=1))
attempt("placeholder", lambda: textwrap.wrap("a b c", 4, max_lines=1, placeholder=" [...]"))
attempt("fill width", lambda: textwrap.TextWrapper(width=0).fill("x"))
attempt("dedent int", lambda: textwrap.dedent(1))
