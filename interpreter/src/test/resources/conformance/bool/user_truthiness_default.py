class C:
    pass
c = C()
print(bool(c), not c)
print(c and 'yes', (c or 'no') is c)
class E(Exception):
    pass
print(bool(E()), bool(Exception('')))
def g():
    pass
print(bool(g), bool(len), bool(C))
