def v(n):
    print('eval', n)
    return n
print(v(1) < v(2) < v(3))
print('---')
print(v(3) < v(2) < v(1))
print('---')
print(v(1) == v(1) != v(2) < v(0) < v(9))
