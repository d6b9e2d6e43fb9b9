def risky():
    raise ValueError('original')
def wrapper():
    try:
        risky()
    except ValueError as e:
        print('logging', e)
        raise
try:
    wrapper()
except ValueError as e:
    print('outer caught', repr(e))
