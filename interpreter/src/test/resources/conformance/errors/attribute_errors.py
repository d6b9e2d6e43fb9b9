class C:
    pass
cases = [lambda: (1).foo, lambda: C().x, lambda: C.y, lambda: None.attr,
         lambda: 'str'.nope, lambda: [].push, lambda: {}.append, lambda: (1, 2).append]
for c in cases:
    try:
        c()
    except AttributeError as e:
        print(type(e).__name__, e)
