def guarded():
    try:
        yield 'a'
        yield 'b'
    except ValueError as e:
        yield 'caught ' + str(e)
    finally:
        print('cleanup')
g = guarded()
print(next(g))
print(g.throw(ValueError('boom')))
try:
    next(g)
except StopIteration:
    print('finished')
