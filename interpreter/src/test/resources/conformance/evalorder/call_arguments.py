def v(tag):
    print('arg', tag)
    return tag
def f(*args, **kwargs):
    return args, kwargs
print(f(v(1), v(2), *[v(3), v(4)], k=v(5), **{'j': v(6)}))
print(f(v('a'), f(v('b'), v('c')), v('d')))
