def v(x):
    print('eval', x)
    return x
print([v(1), v(2), v(3)])
print((v('a'), v('b')))
print({v(10), v(20)} == {10, 20})
print([*[v('s1')], v('s2'), *(v('s3'),)])
