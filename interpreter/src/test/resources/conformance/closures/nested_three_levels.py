def a():
    x = 'a'
    def b():
        y = 'b'
        def c():
            nonlocal x
            x = x + '!'
            return x + y
        return c
    fn = b()
    r1 = fn()
    r2 = fn()
    return r1, r2, x
print(a())
