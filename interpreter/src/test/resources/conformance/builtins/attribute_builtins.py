# getattr/setattr/hasattr/delattr/vars/type
def show(label, fn):
    try:
        print(label, "->", repr(fn()))
    except Exception as e:
        print(label, "!!", type(e).__name__ + ":", e)


class Thing:
    def __init__(self):
        self.x = 1

    def method(self):
        return "m"


obj = Thing()

show('getattr(obj, "x")', lambda: (getattr(obj, "x")))
show('getattr(obj, "missing")', lambda: (getattr(obj, "missing")))
show('getattr(obj, "missing", None)', lambda: (getattr(obj, "missing", None)))
show('getattr(obj, 5)', lambda: (getattr(obj, 5)))
show('hasattr(obj, "x"), hasattr(obj, "y")', lambda: (hasattr(obj, "x"), hasattr(obj, "y")))
show('setattr(obj, "y", 2) or obj.y', lambda: (setattr(obj, "y", 2) or obj.y))
show('delattr(obj, "y") or hasattr(obj, "y")', lambda: (delattr(obj, "y") or hasattr(obj, "y")))
show('delattr(obj, "nope")', lambda: (delattr(obj, "nope")))
show('vars(obj)', lambda: (vars(obj)))
show('vars(5)', lambda: (vars(5)))
show('sorted(k for k in vars(Thing) if not k.startswith("__"))', lambda: (sorted(k for k in vars(Thing) if not k.startswith("__"))))
show('type(obj).__name__', lambda: (type(obj).__name__))
show('type(obj) is Thing', lambda: (type(obj) is Thing))
show('type(5)', lambda: (type(5)))
show('type("x")', lambda: (type("x")))
show('type(None)', lambda: (type(None)))
show('type(type)', lambda: (type(type)))
show('type(len)', lambda: (type(len)))
show('type(print).__name__', lambda: (type(print).__name__))
show('type(Thing.method)', lambda: (type(Thing.method)))
show('type(obj.method).__name__', lambda: (type(obj.method).__name__))
show('Thing.__name__, Thing.__qualname__', lambda: (Thing.__name__, Thing.__qualname__))
show('Thing.method.__name__', lambda: (Thing.method.__name__))
show('obj.method.__self__ is obj', lambda: (obj.method.__self__ is obj))
show('obj.method.__func__ is Thing.method', lambda: (obj.method.__func__ is Thing.method))
show('id(obj) == id(obj)', lambda: (id(obj) == id(obj)))
