def count(n):
    i = 0
    while i < n:
        yield i
        i += 1
def nested_loops():
    for i in range(3):
        for j in range(3):
            if i == j:
                yield (i, j)
print(list(nested_loops()))
def gen_in_class():
    class K:
        def items(self):
            for k in 'ab':
                yield k.upper()
    return list(K().items())
print(gen_in_class())
g = count(3)
print(next(g), next(g), next(g), next(g, 'end'))
