# LEGB name resolution
def show(label, fn):
    try:
        print(label, "->", repr(fn()))
    except Exception as e:
        print(label, "!!", type(e).__name__ + ":", e)


value = "global"


def read_global():
    return value


def shadow_local():
    value = "local"
    return value, read_global()


def class_body_scope():
    class C:
        value = "class"
        seen = value

        def method(self):
            return value
    return C.seen, C().method()


def comprehension_sees_class_var():
    class C:
        n = 3
        try:
            items = [n for _ in range(2)]
        except NameError as e:
            items = str(e)
    return C.items


def nested_global():
    def inner():
        global value
        value = "changed"
    inner()
    result = value
    return result


def builtins_shadowed():
    def len(x):
        return "mine"
    return len([1, 2]), type(len).__name__

show('read_global()', lambda: (read_global()))
show('shadow_local()', lambda: (shadow_local()))
show('class_body_scope()', lambda: (class_body_scope()))
show('comprehension_sees_class_var()', lambda: (comprehension_sees_class_var()))
show('nested_global()', lambda: (nested_global()))
show('builtins_shadowed()', lambda: (builtins_shadowed()))
