x = 10
def f():
    try:
        print(x)
    except UnboundLocalError as e:
        print('UnboundLocalError', e)
    x = 5
    return x
print(f())
def g():
    if False:
        y = 1
    try:
        return y
    except NameError as e:
        return type(e).__name__ + ': ' + str(e)
print(g())
