def v(x):
    print('eval', x)
    return x
print(f'{v(1)}-{v(2)}-{v(3)}')
print('{}{}'.format(v('a'), v('b')))
print('%s %s' % (v('p'), v('q')))
