def val(tag, v):
    print('eval', tag)
    return v
def f(a, b, c=0, *rest, **kw):
    print('f body', a, b, c, rest, kw)
    return 'result'
print(val('func', f)(val('a', 1), val('b', 2), val('c', 3), val('d', 4), k=val('k', 5)))
