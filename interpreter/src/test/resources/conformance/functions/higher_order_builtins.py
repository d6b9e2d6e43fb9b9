def compose(f, g):
    return lambda x: f(g(x))
inc = lambda x: x + 1
dbl = lambda x: x * 2
print(compose(inc, dbl)(5), compose(dbl, inc)(5))
pipeline = [inc, dbl, inc, str]
v = 3
for fn in pipeline:
    v = fn(v)
print(repr(v))
print(sorted(['bb', 'a', 'ccc'], key=len), max([1, -5, 3], key=abs))
print(list(map(compose(str, abs), [-1, 2, -3])))
