class T:
    def __init__(self, name):
        self.name = name
    def m(self, *args):
        print('call', self.name, args)
        return self
def mk(name):
    print('make', name)
    return T(name)
mk('a').m(mk('b').name).m(mk('c').name)
def v(x):
    print('arg', x)
    return x
print(v('s').join([v('1'), v('2')]))
