# OSError(errno, strerror, ...) makes the subclass for that errno (Linux
# numbers), as CPython does; only when OSError itself is called.
cases = [
    (2, 'ENOENT'), (17, 'EEXIST'), (13, 'EACCES'), (1, 'EPERM'), (21, 'EISDIR'),
    (20, 'ENOTDIR'), (11, 'EAGAIN'), (114, 'EALREADY'), (115, 'EINPROGRESS'),
    (10, 'ECHILD'), (32, 'EPIPE'), (108, 'ESHUTDOWN'), (103, 'ECONNABORTED'),
    (111, 'ECONNREFUSED'), (104, 'ECONNRESET'), (4, 'EINTR'), (3, 'ESRCH'),
    (110, 'ETIMEDOUT'), (5, 'EIO'), (0, 'zero'), (-1, 'negative'), (999, 'unknown'),
    (2 ** 70, 'huge'),
]
for n, name in cases:
    e = OSError(n, 'msg')
    print(name, type(e).__name__, e.errno, e.strerror, e.args, str(e))

# one argument, a non-int errno, or too many arguments: plain OSError
print(type(OSError(2)).__name__, type(OSError('2', 'x')).__name__,
      type(OSError(2.0, 'x')).__name__, type(OSError(2, 'x', 'f', None, 'g', 6)).__name__)
# bool and int subclasses count as ints
print(type(OSError(True, 'x')).__name__)


class Number(int):
    pass


print(type(OSError(Number(2), 'x')).__name__)
# the aliases are OSError itself
print(type(IOError(2, 'x')).__name__, type(EnvironmentError(13, 'x')).__name__)
# calling a subclass keeps it
print(type(FileExistsError(2, 'x')).__name__)


class MyError(OSError):
    pass


print(type(MyError(2, 'x')).__name__)
e = OSError(2, 'x', 'a.txt', None, 'b.txt')
print(type(e).__name__, e, e.filename, e.filename2)
try:
    raise OSError(2, 'No such file or directory', 'data.csv')
except FileNotFoundError as e:
    print('caught', type(e).__name__, e, e.filename)
print(isinstance(OSError(11, 'again'), BlockingIOError),
      isinstance(OSError(32, 'pipe'), ConnectionError))
print(type(OSError(*[32, 'p'])).__name__)
