# raise sets __context__ to the handled exception (replacing an older one)
# and cuts a loop in the chain, as CPython does.
saved = None
try:
    try:
        1 / 0
    except ZeroDivisionError:
        raise KeyError('a')
except KeyError as k:
    saved = k
print(repr(saved.__context__))
try:
    raise ValueError('new')
except ValueError:
    try:
        raise saved
    except KeyError as k:
        print(repr(k.__context__))

try:
    try:
        raise ValueError('a')
    except ValueError as a:
        try:
            raise TypeError('b')
        except TypeError:
            raise a
except ValueError as v:
    print(repr(v.__context__), repr(v.__context__.__context__))

# re-raising the handled exception itself does not make it its own context
try:
    try:
        raise ValueError('self')
    except ValueError as e:
        raise e
except ValueError as e:
    print(e.__context__)

# three levels
def three():
    try:
        raise ValueError(1)
    except ValueError:
        try:
            raise TypeError(2)
        except TypeError:
            return {}[3]


try:
    three()
except KeyError as e:
    c = e
    while c is not None:
        print(type(c).__name__, c)
        c = c.__context__


# a generator that raises StopIteration
def stops():
    raise StopIteration('early')
    yield


try:
    next(stops())
except RuntimeError as e:
    print(e, repr(e.__cause__), repr(e.__context__), e.__suppress_context__)
