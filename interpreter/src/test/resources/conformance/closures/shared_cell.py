def pair():
    value = [0]
    x = 'start'
    def get():
        return x
    def set_(v):
        nonlocal x
        x = v
    return get, set_
g, s = pair()
print(g())
s('changed')
print(g())
s(42)
print(g())
g2, s2 = pair()
print(g2(), g())
