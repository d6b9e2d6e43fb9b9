import io

def attempt(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)

attempt("init str", lambda: io.BytesIO("text"))
attempt("init int", lambda: io.BytesIO(3))
b = io.BytesIO(b"data")
attempt("write str", lambda: b.write("s"))
attempt("write int", lambda: b.write(1))
attempt("read str", lambda: b.read("1"))
attempt("seek neg", lambda: b.seek(-1))
attempt("seek whence", lambda: b.seek(0, 5))
attempt("seek float", lambda: b.seek(1.0))
attempt("truncate neg", lambda: b.truncate(-3))
attempt("fileno", lambda: b.fileno())
attempt("detach", lambda: b.detach())
attempt("flags", lambda: (b.readable(), b.writable(), b.seekable(), b.isatty()))
b.close()
attempt("closed", lambda: b.closed)
attempt("read closed", lambda: b.read())
attempt("getvalue closed", lambda: b.getvalue())
attempt("write closed", lambda: b.write(b"x"))
attempt("seek closed", lambda: b.seek(0))
attempt("tell closed", lambda: b.tell())
attempt("iter closed", lambda: iter(b) is b)
attempt("next closed", lambda: next(b))
