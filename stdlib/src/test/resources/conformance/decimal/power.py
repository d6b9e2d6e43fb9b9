from decimal import Decimal as D, localcontext
print(D(2) ** 10, D(2) ** -2, D('1.5') ** 3, D(10) ** 30, D(3) ** 100, D('1.1') ** 50, D(7) ** -3, D(-2) ** 3, D(-2) ** -3)
print(D('0.5') ** 2, D(0) ** 5, D(0) ** -1, D('-0') ** 3, D('inf') ** 2, D('inf') ** -1, D(5) ** 0, D('1.000') ** 2, 2 ** D(8), D(2) ** D('3'))
print(D('1.0001') ** 10000, D(2) ** 1000, D('0.99') ** 1000)
with localcontext() as c:
    c.prec = 10
    print(D(3) ** 50, D('1.5') ** -7)
try:
    D(0) ** 0
except Exception as e:
    print(type(e).__name__, e)
