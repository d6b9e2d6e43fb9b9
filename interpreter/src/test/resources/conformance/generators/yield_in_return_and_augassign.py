def acc():
    total = 0
    while True:
        total += yield total
def echo_once():
    return (yield 'ready')
def relay():
    result = 0
    result += yield from echo_once()
    last = yield from echo_once()
    return last + result
a = acc()
print(next(a), a.send(5), a.send(10))
e = echo_once()
print(next(e))
try:
    e.send('value')
except StopIteration as s:
    print('returned', s.value)
r = relay()
print(next(r), r.send(3), end=' ')
try:
    r.send(4)
except StopIteration as s:
    print('relay', s.value)
