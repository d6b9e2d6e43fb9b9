def f(a, b, c):
    return f'{a}-{b}-{c}'
args = [1, 2, 3]
print(f(*args))
print(f(*'xyz'), f(*range(3)))
kw = {'a': 'A', 'c': 'C', 'b': 'B'}
print(f(**kw))
print(f(1, *[2], **{'c': 3}))
print(f(*[1], *[2], 3), f(**{'a': 1}, **{'b': 2}, c=3))
def g(*a, **k):
    return a, k
print(g(*[1, 2], 3, *(4,), x=1, **{'y': 2}))
