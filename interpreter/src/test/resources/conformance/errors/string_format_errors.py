cases = [lambda: '{} {}'.format(1), lambda: '{0} {2}'.format(1, 2), lambda: '{name}'.format(),
         lambda: '%d' % 'x', lambda: '%s %s' % (1,), lambda: '%s' % (1, 2),
         lambda: format('abc', 'd'), lambda: format(1.5, 'd'),
         lambda: '{:d}'.format(2.5), lambda: '%(k)s' % {}]
for c in cases:
    try:
        c()
    except (TypeError, ValueError, IndexError, KeyError) as e:
        print(type(e).__name__, e)
