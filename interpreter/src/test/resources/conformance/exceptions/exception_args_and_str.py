# args, str and repr of built-in exceptions
def show(label, fn):
    try:
        print(label, "->", repr(fn()))
    except Exception as e:
        print(label, "!!", type(e).__name__ + ":", e)


show('str(ValueError("msg")), repr(ValueError("msg")), ValueError("msg").args', lambda: (str(ValueError("msg")), repr(ValueError("msg")), ValueError("msg").args))
show('str(ValueError("a", "b")), repr(ValueError("a", "b"))', lambda: (str(ValueError("a", "b")), repr(ValueError("a", "b"))))
show('str(ValueError()), repr(ValueError()), ValueError().args', lambda: (str(ValueError()), repr(ValueError()), ValueError().args))
show('str(KeyError("k")), str(KeyError(1)), str(KeyError()), str(KeyError("a", "b"))', lambda: (str(KeyError("k")), str(KeyError(1)), str(KeyError()), str(KeyError("a", "b"))))
show('str(IndexError("list index out of range")), repr(IndexError(0))', lambda: (str(IndexError("list index out of range")), repr(IndexError(0))))
show('str(StopIteration(5)), StopIteration(5).value, StopIteration().value', lambda: (str(StopIteration(5)), StopIteration(5).value, StopIteration().value))
show('str(SystemExit(3)), SystemExit(3).code, SystemExit().code, SystemExit(1, 2).code', lambda: (str(SystemExit(3)), SystemExit(3).code, SystemExit().code, SystemExit(1, 2).code))
show('str(Exception(None)), repr(Exception(None)), str(Exception([1, 2]))', lambda: (str(Exception(None)), repr(Exception(None)), str(Exception([1, 2]))))
show('str(UnicodeError("u")), issubclass(UnicodeError, ValueError)', lambda: (str(UnicodeError("u")), issubclass(UnicodeError, ValueError)))
show('repr(ZeroDivisionError("division by zero"))', lambda: (repr(ZeroDivisionError("division by zero"))))
show('type(ArithmeticError()).__mro__[1].__name__', lambda: (type(ArithmeticError()).__mro__[1].__name__))
show('Exception("x") == Exception("x")', lambda: (Exception("x") == Exception("x")))
