def t(n):
    print('t', n)
    return True
def f(n):
    print('f', n)
    return False
print(f(1) and t(2))
print(t(3) or f(4))
print(t(5) and f(6) and t(7))
print(f(8) or f(9) or t(10) or t(11))
print(not f(12) and t(13))
