from decimal import *
D = Decimal
print(D(1).exp(), D(0).exp(), D('-inf').exp(), D('inf').exp(), D(-1).exp(), D('1e-30').exp(), D(100).exp(), D('-0.5').exp())
print(D(2).ln(), D(1).ln(), D(10).ln(), D('0.001').ln(), D('inf').ln(), D(0).ln(), D('1e-100').ln(), D('1.0000000001').ln())
print(D(100).log10(), D('0.001').log10(), D(2).log10(), D(0).log10(), D('1e1000').log10(), D('2e-5').log10(), D(1).log10())
for f in [lambda: D(-1).ln(), lambda: D(-1).log10(), lambda: D(3000000).exp()]:
    try:
        print(f())
    except DecimalException as e:
        print(type(e).__name__, e)
with localcontext(prec=50):
    print(D(3).exp(), D(3).ln(), D(7).log10())
with localcontext(prec=6, rounding=ROUND_DOWN) as c:
    print(D(3).exp(), D(2).ln(), c.exp(D('0.5')), c.ln(D(5)), c.log10(D(50)))
c = getcontext()
c.clear_flags()
D(2).ln()
print(c.flags[Inexact], c.flags[Rounded])
