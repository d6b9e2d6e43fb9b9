import html

def attempt(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)

attempt("escape int", lambda: html.escape(5))
attempt("escape bytes", lambda: html.escape(b"<x>"))
attempt("escape None", lambda: html.escape(None))
attempt("unescape int", lambda: html.unescape(5))
attempt("unescape None", lambda: html.unescape(None))
attempt("escape no args", lambda: html.escape())
attempt("escape kw", lambda: html.escape(s="<"))
attempt("unescape list", lambda: html.unescape(["&amp;"]))
