errs = [ValueError('msg'), ValueError(), ValueError(''), ValueError('a', 'b'),
        KeyError('k'), KeyError(), KeyError('a', 'b'), IndexError(3), TypeError(None),
        Exception([1, 2]), ZeroDivisionError('custom')]
for e in errs:
    print(type(e).__name__, '|', str(e), '|', repr(e), '|', len(e.args))
