class AppError(ArithmeticError):
    pass

class AppZero(AppError, ZeroDivisionError):
    pass

class Both(ValueError, TypeError):
    pass

try:
    raise AppZero("boom")
except ZeroDivisionError as e:
    print(type(e).__name__, e, isinstance(e, AppError), [c.__name__ for c in AppZero.__mro__])
try:
    raise Both("x")
except TypeError as e:
    print(type(e).__name__, e, isinstance(e, ValueError))
try:
    class Bad(dict, ValueError):
        pass
except TypeError as e:
    print('TypeError', e)
