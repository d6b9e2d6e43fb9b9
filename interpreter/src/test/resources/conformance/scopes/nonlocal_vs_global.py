x = 'g'
def outer():
    x = 'outer'
    def use_nonlocal():
        nonlocal x
        x = 'set by nonlocal'
    def use_global():
        global x
        x = 'set by global'
    use_nonlocal()
    r = x
    use_global()
    return r, x
print(outer(), x)
