def f(x):
    try:
        v = 100 // x
    except ZeroDivisionError:
        return 'div'
    else:
        if v > 10:
            raise ValueError(f'too big: {v}')
        return v
for x in [0, 5, 20]:
    try:
        print(f(x))
    except ValueError as e:
        print('caught', e)
