from decimal import *
D = Decimal
print(D(2).sqrt(), D('0.0400').sqrt(), D(100).sqrt(), D('1E-7').sqrt(), D(-0.0).sqrt(), D('inf').sqrt(), D('1e100').sqrt(), D('0.5').sqrt())
print(D('1e5').normalize(), D('100').normalize(), D('0.00').normalize(), D('-1.500').normalize(), D('1.2300E+5').normalize())
print(D('7.50').to_integral_value(), D('-7.5').to_integral_value(ROUND_HALF_UP), D('2.5').to_integral(), D('1e3').to_integral_value(), D('-0.4').to_integral_exact())
print(D('3.14159').as_tuple(), D('inf').as_tuple(), D('-nan').as_tuple(), D('0.125').as_integer_ratio(), D('-2.5e3').as_integer_ratio(), D('123.45').adjusted(), D('0').adjusted())
print(D('1.5').fma(2, 3), D(1).max(D('1.0')), D(-1).min(2), D(3).compare(4), D(4).compare(4), D(2).copy_sign(-1), D('NaN').max(3), D(2).max(D('-0')))
print(D('-3').copy_abs(), D('3').copy_negate(), D('1e-1000000').is_subnormal(), D(1).is_normal(), D(0).is_zero(), D('-inf').is_signed())
print(D('nan').is_nan(), D('snan').is_snan(), D('nan').is_qnan(), D(1).is_finite(), D('inf').is_infinite(), D(5).is_canonical(), D(5).conjugate(), D(5).real, D(5).imag)
for t in [lambda: D(-4).sqrt(), lambda: D('inf').as_integer_ratio(), lambda: D('nan').as_integer_ratio()]:
    try:
        print(t())
    except (InvalidOperation, OverflowError, ValueError) as e:
        print(type(e).__name__, e)
