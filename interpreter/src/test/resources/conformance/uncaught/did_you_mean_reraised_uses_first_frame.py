# The hint of a re-raised NameError looks at the names where it was first raised
def g():
    valuee = 1
    try:
        return valueq
    except NameError as e:
        return e
def f():
    valuex = 2
    raise g()
f()
