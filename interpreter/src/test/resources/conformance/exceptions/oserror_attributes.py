e = OSError(2, "No such file")
print(str(e), e.args, e.errno, e.strerror, e.filename, e.filename2)
e2 = OSError(2, "nf", "x.txt")
print(str(e2), e2.args, e2.filename)
e3 = OSError(2, "nf", "x.txt", None, "y")
print(str(e3), e3.args)
print(OSError("plain"), OSError("a").errno, repr(OSError(1, 2, 3, 4, 5, 6)))
print(FileNotFoundError(2, "gone").args, str(PermissionError(13, "denied", "f")), PermissionError(13, "d").errno)
try:
    raise FileNotFoundError(2, "No such file or directory", "data.csv")
except OSError as err:
    print(type(err).__name__, err, err.errno, err.filename)
class MyErr(OSError):
    pass
print(MyErr(1, "x"), MyErr(1, "x").strerror)
