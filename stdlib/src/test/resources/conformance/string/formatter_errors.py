import string

f = string.Formatter()

def attempt(label, g):
    try:
        print(label, repr(g()))
    except Exception as e:
        print(label, type(e).__name__, e)

for s in ["end{", "a}b", "{0!}", "{0!rr}", "{0", "{0:{1}", "{0[}", "{0]x}", "{0.}",
          "{0[]}", "{0[0]x}", "{!x}", "{2}", "{a}", "{}{0}", "{0}{}", "{0:{1:{2}}}", "{0:{1}}"]:
    attempt(repr(s), lambda: f.format(s, [5], 3, 4))
attempt("parse int", lambda: f.parse(5))
attempt("get_field int", lambda: f.get_field(5, (), {}))
attempt("no args", lambda: f.format())
attempt("bad spec", lambda: f.format("{:d}", "x"))
attempt("bad attr", lambda: f.format("{0.nope}", 1))
