for v in [0, 1, '', 'x', [], [0], None, {}, {'a': 1}, 0.0, -1]:
    if v:
        print(repr(v), 'truthy')
    else:
        print(repr(v), 'falsy')
