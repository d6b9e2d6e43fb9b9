def outer():
    def inner():
        return v
    try:
        inner()
    except NameError as e:
        print(type(e).__name__, e)
    v = 'now bound'
    print(inner())
outer()
def outer2():
    w = 1
    def inner():
        return w
    del w
    try:
        inner()
    except NameError as e:
        print(type(e).__name__, e)
outer2()
