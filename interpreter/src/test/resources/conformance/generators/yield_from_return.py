def inner():
    yield 1
    yield 2
    return 'inner-done'
def outer():
    r = yield from inner()
    yield r
    yield from [7, 8]
print(list(outer()))
