counter = 0


def bump():
    global counter
    counter += 1
    return counter


bump()
bump()
print(counter)


def make_new_global():
    global created_later
    created_later = "made inside a function"


make_new_global()
print(created_later)


def outer():
    x = "outer"

    def middle():
        def inner():
            nonlocal x
            x = "changed by inner"
        inner()
        return x
    print(middle(), x)
    return x


print(outer())


def counter_factory():
    count = 0

    def incr(step=1):
        nonlocal count
        count += step
        return count

    def get():
        return count
    return incr, get


inc, get = counter_factory()
inc()
inc(5)
print(get())


def unbound():
    try:
        print(value)
    except UnboundLocalError as e:
        print("UnboundLocalError", e)
    value = 1
    return value


unbound()


def shadow():
    print(len("abc"))
    len = lambda x: 42
    return len("abc")


try:
    shadow()
except UnboundLocalError as e:
    print("UnboundLocalError", e)

x = "global x"


def reads_global():
    return x


def class_scope():
    x = "function x"

    class Inner:
        y = x
        x = "class x"
        z = x
    return Inner.y, Inner.z


print(reads_global(), class_scope())


def loop_closures():
    fs = [lambda: i for i in range(3)]
    gs = [lambda i=i: i for i in range(3)]
    return [f() for f in fs], [g() for g in gs]


print(loop_closures())
