x = 1
def f():
    x += 1
    return x
def g():
    print(y)
    y = 2
def h():
    for i in []:
        pass
    return i
for fn in [f, g, h]:
    try:
        fn()
    except UnboundLocalError as e:
        print(type(e).__name__, e)
    except NameError as e:
        print('NameError?', e)
