# The exception passing through finally is the handled one while finally runs;
# with-blocks, except-clause expressions and generators chain as CPython does.
try:
    try:
        1 / 0
    finally:
        try:
            {}['x']
        except KeyError as e:
            print('finally', repr(e.__context__))
except ZeroDivisionError as e:
    print('propagated', repr(e))

# bare raise inside finally re-raises the propagating exception
try:
    try:
        raise ValueError('v')
    finally:
        try:
            raise
        except ValueError as e:
            print('bare raise in finally', repr(e))
except ValueError:
    pass

# an exception raised by finally itself
try:
    try:
        raise ValueError('body')
    finally:
        [].pop()
except IndexError as e:
    print('from finally', repr(e.__context__))


class Show:
    def __enter__(self):
        return self

    def __exit__(self, t, v, tb):
        print('exit sees', repr(v), 'context', repr(v.__context__) if v else None)
        return True


try:
    raise ValueError('handled')
except ValueError:
    with Show():
        {}['w']


class Failing:
    def __enter__(self):
        return self

    def __exit__(self, t, v, tb):
        return {}['exit']


try:
    with Failing():
        raise ValueError('body')
except KeyError as e:
    print('exit error', repr(e.__context__))

try:
    raise ValueError('outer')
except ValueError:
    try:
        with Failing():
            pass
    except KeyError as e:
        print('exit error, no body error', repr(e.__context__))

# an error in the except clause's expression
try:
    try:
        1 / 0
    except undefined_exception_name:
        pass
except NameError as e:
    print('clause', repr(e.__context__))

try:
    try:
        1 / 0
    except 5:
        pass
except TypeError as e:
    print('clause type', e, repr(e.__context__))


# generators see the handled exception of their caller
def gen():
    try:
        yield 1
        {}['g']
    except KeyError as e:
        print('generator', repr(e.__context__))
        yield 2


try:
    raise OSError('caller')
except OSError:
    g = gen()
    next(g)
    next(g)


# throw() does not chain
def catcher():
    try:
        yield 1
    except KeyError as e:
        print('thrown', repr(e.__context__))
        yield 2


g = catcher()
next(g)
try:
    raise ValueError('while throwing')
except ValueError:
    g.throw(KeyError('t'))
