def f():
    try:
        [].pop()
    except IndexError:
        print('logging and re-raising')
        raise
f()
