def f(a, *, key, flag=False):
    return a, key, flag
print(f(1, key='k'), f(1, flag=True, key=2))
def g(*args, sep='-'):
    return sep.join(args)
print(g('a', 'b'), g('a', 'b', sep='+'))
try:
    f(1, 2)
except TypeError as e:
    print(e)
try:
    f(1)
except TypeError as e:
    print(e)
