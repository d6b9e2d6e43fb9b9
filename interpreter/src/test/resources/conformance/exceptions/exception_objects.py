e = ValueError("a", 1)
print(e.args, str(e), repr(e))
print(str(ValueError()), repr(ValueError()), ValueError().args)
print(str(KeyError("k")), repr(KeyError("k")), str(KeyError("a", "b")))
print(str(KeyError()), str(IndexError(5)))


class AppError(Exception):
    def __init__(self, code, msg):
        super().__init__(msg)
        self.code = code

    def __str__(self):
        return f"[{self.code}] {self.args[0]}"


err = AppError(404, "not found")
print(err, repr(err), err.args, err.code)


class NoSuper(Exception):
    def __init__(self, x):
        self.x = x


n = NoSuper(5)
print(repr(n), str(n), n.args)


class WithRepr(Exception):
    pass


print(repr(WithRepr()), repr(WithRepr("one")), repr(WithRepr(1, 2)))
print(isinstance(KeyError(), LookupError), issubclass(ZeroDivisionError, ArithmeticError))
print(issubclass(FileNotFoundError, OSError), issubclass(RecursionError, RuntimeError))
print(issubclass(ModuleNotFoundError, ImportError), issubclass(UnicodeDecodeError, ValueError))
print(issubclass(StopIteration, Exception), issubclass(KeyboardInterrupt, Exception))
print(issubclass(GeneratorExit, BaseException), issubclass(NotImplementedError, RuntimeError))
print([c.__name__ for c in IndexError.__mro__])
try:
    raise StopIteration(7)
except StopIteration as s:
    print("value", s.value)
e = Exception("with note")
e.add_note("first note")
e.add_note("second note")
print(e.__notes__)
print(BaseException.__name__, Exception.__bases__)
ex = ZeroDivisionError("custom")
print(ex.with_traceback(None) is ex)
