class Fancy(Exception):
    def __str__(self):
        return 'fancy message'
class WithRepr(Exception):
    def __repr__(self):
        return 'WithRepr<custom>'
try:
    raise Fancy('ignored arg')
except Fancy as e:
    print(e, e.args)
e = WithRepr('m')
print(str(e), repr(e), [e])
