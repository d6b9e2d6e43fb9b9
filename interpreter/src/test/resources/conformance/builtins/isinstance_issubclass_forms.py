# isinstance and issubclass with tuples and hierarchies
def show(label, fn):
    try:
        print(label, "->", repr(fn()))
    except Exception as e:
        print(label, "!!", type(e).__name__ + ":", e)


class Base:
    pass


class Sub(Base):
    pass

show('isinstance(1, int), isinstance(1, float), isinstance(1.0, (int, float))', lambda: (isinstance(1, int), isinstance(1, float), isinstance(1.0, (int, float))))
show('isinstance(True, int), isinstance(None, type(None)), isinstance(int, type)', lambda: (isinstance(True, int), isinstance(None, type(None)), isinstance(int, type)))
show('isinstance([], (list, tuple)), isinstance((), list)', lambda: (isinstance([], (list, tuple)), isinstance((), list)))
show('isinstance("s", (int, (float, (str,))))', lambda: (isinstance("s", (int, (float, (str,))))))
show('issubclass(bool, int), issubclass(int, object), issubclass(type, object)', lambda: (issubclass(bool, int), issubclass(int, object), issubclass(type, object)))
show('issubclass(KeyError, (ValueError, LookupError))', lambda: (issubclass(KeyError, (ValueError, LookupError))))
show('issubclass(list, list), issubclass(object, list)', lambda: (issubclass(list, list), issubclass(object, list)))
show('isinstance(1, ())', lambda: (isinstance(1, ())))
show('isinstance(1, [int])', lambda: (isinstance(1, [int])))
show('issubclass(1, int)', lambda: (issubclass(1, int)))
show('issubclass(int, 1)', lambda: (issubclass(int, 1)))
show('isinstance(Sub(), Base), issubclass(Sub, (Base,)), isinstance(Base(), Sub)', lambda: (isinstance(Sub(), Base), issubclass(Sub, (Base,)), isinstance(Base(), Sub)))
show('type(Sub()) is Base, type(Sub()) is Sub', lambda: (type(Sub()) is Base, type(Sub()) is Sub))
