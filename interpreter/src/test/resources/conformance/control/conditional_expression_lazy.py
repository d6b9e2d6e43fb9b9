def a():
    print('a called')
    return 'A'
def b():
    print('b called')
    return 'B'
print(a() if True else b())
print(a() if 0 else b())
cond = []
print(a() if cond else b())
