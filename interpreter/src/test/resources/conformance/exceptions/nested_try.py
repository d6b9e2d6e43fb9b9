def f():
    try:
        try:
            1 / 0
        except KeyError:
            print('wrong handler')
        finally:
            print('inner finally')
    except ZeroDivisionError as e:
        print('outer caught', e)
    finally:
        print('outer finally')
f()
try:
    try:
        raise ValueError('inner')
    except ValueError:
        raise TypeError('from handler')
except TypeError as e:
    print(type(e).__name__, e)
