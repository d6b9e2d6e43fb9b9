# Errors raised by library functions inside an except block chain to the
# handled exception, and contextlib's managers see and keep that chain.
import contextlib
import json
import math

try:
    raise ValueError('outer')
except ValueError:
    try:
        json.loads('{bad')
    except json.JSONDecodeError as e:
        print(type(e).__name__, repr(e.__context__))
    try:
        math.sqrt(-1)
    except ValueError as e:
        print('math', e, repr(e.__context__))


@contextlib.contextmanager
def guard():
    try:
        yield
    except KeyError as e:
        print('guard saw', repr(e), 'context', repr(e.__context__))
        raise RuntimeError('wrapped')


try:
    raise TypeError('handled')
except TypeError:
    try:
        with guard():
            {}['k']
    except RuntimeError as e:
        print(repr(e), repr(e.__context__), repr(e.__context__.__context__))

with contextlib.suppress(KeyError):
    try:
        1 / 0
    except ZeroDivisionError:
        {}['suppressed']
print('after suppress')

try:
    with contextlib.ExitStack() as stack:
        stack.callback(lambda: [].pop())
        raise ValueError('body')
except IndexError as e:
    print('exit stack', repr(e), repr(e.__context__))
