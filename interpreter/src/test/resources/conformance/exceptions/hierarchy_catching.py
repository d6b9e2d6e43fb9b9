def catch(f, cls):
    try:
        f()
    except cls as e:
        return f'{cls.__name__} caught {type(e).__name__}'
print(catch(lambda: [][1], LookupError))
print(catch(lambda: {}[1], LookupError))
print(catch(lambda: 1 // 0, ArithmeticError))
print(catch(lambda: 2.0 ** 10000, ArithmeticError))
print(catch(lambda: int('x'), Exception))
print(catch(lambda: undefined_name, NameError))
print(catch(lambda: 1 / 0, BaseException))
print(issubclass(ZeroDivisionError, ArithmeticError), issubclass(KeyError, LookupError), issubclass(UnboundLocalError, NameError))
print(issubclass(Exception, BaseException), issubclass(TypeError, ValueError))
