class Res:
    def __init__(self, name):
        self.name = name
    def __enter__(self):
        print('enter', self.name)
        return self
    def __exit__(self, typ, val, tb):
        print('exit', self.name, typ.__name__ if typ else None)
        return typ is KeyError
def lines():
    with Res('a') as r, Res('b'):
        yield r.name + '1'
        yield r.name + '2'
    yield 'after'
print(list(lines()))
def failing():
    with Res('c'):
        yield 1
        raise KeyError('x')
    yield 'suppressed then continue'
print(list(failing()))
def closing():
    with Res('d'):
        yield 1
        yield 2
g = closing()
print(next(g))
g.close()
print('closed')
