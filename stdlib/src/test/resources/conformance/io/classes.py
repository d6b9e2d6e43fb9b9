import io

s = io.StringIO()
b = io.BytesIO()
print(type(s).__name__, type(b).__name__)
print(isinstance(s, io.TextIOBase), isinstance(s, io.IOBase), isinstance(s, io.BufferedIOBase))
print(isinstance(b, io.BufferedIOBase), isinstance(b, io.IOBase), isinstance(b, io.TextIOBase))
print(issubclass(io.RawIOBase, io.IOBase))
print([c.__name__ for c in io.UnsupportedOperation.__mro__])
print(io.SEEK_SET, io.SEEK_CUR, io.SEEK_END)
try:
    s.fileno()
except OSError as e:
    print("OSError", type(e).__name__, e)
try:
    b.fileno()
except ValueError as e:
    print("ValueError", type(e).__name__, e)
print(repr(s).startswith("<_io.StringIO object at 0x"))
print(repr(b).startswith("<_io.BytesIO object at 0x"))
print(s.encoding, s.errors, s.line_buffering, s.newlines)
