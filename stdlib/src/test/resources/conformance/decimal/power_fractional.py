from decimal import *
D = Decimal
print(D(4) ** D('0.5'), D(1) ** D('0.5'), D(2) ** D('0.5'), D('1.5') ** D('2.5'), D(0) ** D('0.5'), D(0) ** D('-0.5'), D('inf') ** D('0.5'), D(10) ** D('-1.5'))
print(D(2) ** D('inf'), D('0.5') ** D('inf'), D(2) ** D('-inf'), D(1) ** D('inf'), D('6.25') ** D('0.5'), pow(D(2), D('0.5')), 2 ** D('0.5'))
for f in [lambda: D(-2) ** D('0.5'), lambda: D(10) ** D('1e10')]:
    try:
        print(f())
    except DecimalException as e:
        print(type(e).__name__, e)
with localcontext(prec=12):
    rate = D('0.045')
    for years in ['0.5', '2.25', '10.75']:
        print(years, (1 + rate) ** D(years))
