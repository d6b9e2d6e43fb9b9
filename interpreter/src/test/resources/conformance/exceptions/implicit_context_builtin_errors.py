# Exceptions raised by built-in operations inside an except block get the
# handled exception as __context__, whether caught there or propagating.
class Box:
    pass


def raise_in_handler(kind):
    try:
        raise ValueError('first')
    except ValueError:
        if kind == 'subscript':
            {}['x']
        elif kind == 'call':
            len(5)
        elif kind == 'attribute':
            Box().missing
        elif kind == 'name':
            undefined_name
        elif kind == 'method':
            [].pop()
        elif kind == 'convert':
            int('x')
        elif kind == 'divide':
            1 / 0
        elif kind == 'unpack':
            a, b = [1]
        elif kind == 'from_none':
            raise KeyError('k') from None


for kind in ['subscript', 'call', 'attribute', 'name', 'method', 'convert',
             'divide', 'unpack', 'from_none']:
    try:
        raise_in_handler(kind)
    except Exception as e:
        print(kind, type(e).__name__, repr(e.__context__), e.__suppress_context__,
              e.__cause__)

# caught inside the same handler
try:
    1 / 0
except ZeroDivisionError:
    try:
        {}['x']
    except KeyError as e:
        print('inner', repr(e.__context__))

# caught in a function called from the handler
def lookup():
    try:
        return {}['y']
    except KeyError as e:
        return e


try:
    raise OSError('outer')
except OSError:
    print('called', repr(lookup().__context__))

# outside any handler there is no context
try:
    {}['z']
except KeyError as e:
    print('plain', e.__context__)

# a comprehension inside the handler
try:
    raise TypeError('t')
except TypeError:
    try:
        [x['k'] for x in [{}]]
    except KeyError as e:
        print('comprehension', repr(e.__context__))

# after the handler ends, nothing is handled any more
try:
    raise TypeError('done')
except TypeError:
    pass
try:
    [][1]
except IndexError as e:
    print('after', e.__context__)
