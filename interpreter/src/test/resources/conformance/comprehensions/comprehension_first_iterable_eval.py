def src():
    print('src evaluated')
    return [1, 2, 3]
print([x for x in src()])
n = 10
print([x + n for x in range(3)])
class C:
    vals = [1, 2]
    doubled = [v * 2 for v in vals]
print(C.doubled)
