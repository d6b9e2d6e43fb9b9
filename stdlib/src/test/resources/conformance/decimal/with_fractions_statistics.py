from decimal import Decimal as D
from fractions import Fraction as F
import statistics as st
print(repr(F(D('0.75'))), repr(F.from_decimal(D('-1.25'))), repr(F(D('1e-3'))), F(D('2.5')) == D('2.5'), F(1, 4) == D('0.25'))
print(repr(st.mean([D('1.5'), D('2.5'), D('4')])), repr(st.median([D('1.5'), D('2.5')])), repr(st.variance([D('1.5'), D('2.5'), D('4')])), repr(st.stdev([D(1), D(2), D(4)])))
print(repr(st.mean([D('0.1'), 1])), repr(st.fmean([D('0.1'), D('0.2')])), repr(st.harmonic_mean([D(2), D(4)])))
for bad in [lambda: F(D('nan')), lambda: F(D('inf')), lambda: F.from_decimal(1.5), lambda: st.mean([D(1), 1.5])]:
    try:
        print(bad())
    except (ValueError, OverflowError, TypeError) as e:
        print(type(e).__name__, e)
