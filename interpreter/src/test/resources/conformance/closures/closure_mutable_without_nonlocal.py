def make():
    data = {'n': 0}
    items = []
    def step(v):
        data['n'] += 1
        items.append(v)
        return data['n'], list(items)
    return step
s = make()
print(s('a'))
print(s('b'))
print(s('c'))
