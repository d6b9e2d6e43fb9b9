import io

s = io.StringIO("data")
print(s.closed)
s.close()
print(s.closed)
s.close()

def attempt(label, f):
    try:
        print(label, repr(f()))
    except ValueError as e:
        print(label, type(e).__name__, e)

attempt("read", lambda: s.read())
attempt("readline", lambda: s.readline())
attempt("write", lambda: s.write("x"))
attempt("getvalue", lambda: s.getvalue())
attempt("seek", lambda: s.seek(0))
attempt("tell", lambda: s.tell())
attempt("truncate", lambda: s.truncate())
attempt("readable", lambda: s.readable())
attempt("iter", lambda: iter(s))
attempt("next", lambda: s.__next__())
attempt("flush", lambda: s.flush())
attempt("isatty", lambda: s.isatty())
attempt("writelines", lambda: s.writelines(["a"]))
attempt("enter", lambda: s.__enter__())

with io.StringIO("ctx") as f:
    print(f.read(), f.closed)
print(f.closed)
