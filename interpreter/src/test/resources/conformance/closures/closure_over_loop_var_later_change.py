def outer():
    x = 1
    def show():
        return x
    x = 2
    r1 = show()
    x = 3
    return r1, show()
print(outer())
def outer2():
    fns = []
    for name in ['a', 'b']:
        def f():
            return name
        fns.append(f)
    return [f() for f in fns]
print(outer2())
