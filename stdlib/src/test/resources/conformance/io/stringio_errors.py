import io

def attempt(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)

attempt("init int", lambda: io.StringIO(5))
attempt("init bytes", lambda: io.StringIO(b"x"))
attempt("bad newline", lambda: io.StringIO("", newline="x"))
attempt("newline type", lambda: io.StringIO("", newline=5))
s = io.StringIO("abc")
attempt("write int", lambda: s.write(5))
attempt("write bytes", lambda: s.write(b"x"))
attempt("read str", lambda: s.read("x"))
attempt("readline float", lambda: s.readline(1.5))
attempt("seek negative", lambda: s.seek(-1))
attempt("seek cur", lambda: s.seek(1, 1))
attempt("seek end", lambda: s.seek(1, 2))
attempt("seek end 0", lambda: s.seek(0, 2))
attempt("seek cur 0", lambda: s.seek(0, 1))
attempt("seek whence", lambda: s.seek(0, 3))
attempt("seek str", lambda: s.seek("1"))
attempt("truncate neg", lambda: s.truncate(-1))
attempt("fileno", lambda: s.fileno())
attempt("detach", lambda: s.detach())
attempt("isatty", lambda: s.isatty())
attempt("flags", lambda: (s.readable(), s.writable(), s.seekable()))
