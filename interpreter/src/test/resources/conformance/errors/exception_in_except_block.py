def f():
    try:
        raise ValueError('first')
    except ValueError:
        return undefined_in_handler
try:
    f()
except NameError as e:
    print(type(e).__name__, e)
try:
    try:
        raise KeyError('a')
    finally:
        print('finally runs before propagation')
except KeyError as e:
    print('caught', e)
