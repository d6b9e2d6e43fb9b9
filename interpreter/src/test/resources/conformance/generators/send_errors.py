def g():
    x = yield 1
    print('got', x)
    yield 2
it = g()
try:
    it.send(5)
except TypeError as e:
    print('TypeError', e)
print(next(it), it.send('hi'))
print(next(it, 'exhausted'))
def runaway():
    yield 1
    yield 2
r = runaway()
print(next(r))
r.close()
print(next(r, 'closed'))
def unhandled():
    yield 1
u = unhandled()
next(u)
u.throw(KeyError('k'))
