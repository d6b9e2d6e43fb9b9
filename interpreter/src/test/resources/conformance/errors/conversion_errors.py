# errors from type conversions
def show(label, fn):
    try:
        print(label, "->", repr(fn()))
    except Exception as e:
        print(label, "!!", type(e).__name__ + ":", e)


show('int([1])', lambda: (int([1])))
show('int(None)', lambda: (int(None)))
show('int("1.0")', lambda: (int("1.0")))
show('float([1])', lambda: (float([1])))
show('float("1e500"), float("-1e500")', lambda: (float("1e500"), float("-1e500")))
show('str(b"x", "utf-8"), str(b"\\xff", "utf-8", "replace")', lambda: (str(b"x", "utf-8"), str(b"\xff", "utf-8", "replace")))
show('str(1, "utf-8")', lambda: (str(1, "utf-8")))
show('list(None)', lambda: (list(None)))
show('tuple(5)', lambda: (tuple(5)))
show('dict(5)', lambda: (dict(5)))
show('dict(["ab", "cd"])', lambda: (dict(["ab", "cd"])))
show('dict(["abc"])', lambda: (dict(["abc"])))
show('set(1)', lambda: (set(1)))
show('bytes("x")', lambda: (bytes("x")))
show('bytes([300])', lambda: (bytes([300])))
show('bytes(-1)', lambda: (bytes(-1)))
show('bool([]), bool(None)', lambda: (bool([]), bool(None)))
show('chr("a")', lambda: (chr("a")))
show('ord(1)', lambda: (ord(1)))
show('ord("ab")', lambda: (ord("ab")))
