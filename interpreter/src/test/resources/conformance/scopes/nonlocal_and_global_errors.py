# compile-time and run-time scope errors
def show(label, fn):
    try:
        print(label, "->", repr(fn()))
    except Exception as e:
        print(label, "!!", type(e).__name__ + ":", e)


def unbound_nonlocal():
    def outer():
        def inner():
            nonlocal x
            return x
        try:
            return inner()
        except NameError as e:
            return f"{type(e).__name__}: {e}"
        x = 1
    return outer()


counter = 10


def global_then_local():
    def bump():
        global counter
        counter += 1
        return counter
    return bump(), bump(), counter


def del_then_read():
    x = 5
    del x
    try:
        return x
    except UnboundLocalError as e:
        return str(e)


def nested_shadow():
    x = "outer"

    def inner():
        x = "inner"
        return x
    return inner(), x

show('unbound_nonlocal()', lambda: (unbound_nonlocal()))
show('global_then_local()', lambda: (global_then_local()))
show('del_then_read()', lambda: (del_then_read()))
show('nested_shadow()', lambda: (nested_shadow()))
