dispatch = {
    'upper': lambda s: s.upper(),
    'rev': lambda s: s[::-1],
    'dup': lambda s: s * 2,
}
for name in ['upper', 'rev', 'dup']:
    print(name, dispatch[name]('abc'))
fs = [lambda x: x + 1, lambda x: x * 10]
print([f(f(1)) for f in fs])
print((lambda f: f(f(3)))(lambda y: y ** 2))
