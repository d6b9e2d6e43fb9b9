import statistics as st
from fractions import Fraction as F
data = [F(1, 2), F(3, 4), F(5, 6), F(7, 8)]
print(repr(st.mean(data)), repr(st.median(data)), repr(st.variance(data)), repr(st.pvariance(data)))
print(st.stdev(data), st.pstdev(data), repr(st.mean([F(1, 2), 1, True])), repr(st.mean([F(1, 2), 0.25])))
print(repr(st.variance(data, F(1, 2))), repr(st.pvariance([F(1), F(2)], mu=F(3, 2))), repr(st.mode(data + [F(3, 4)])))
print(repr(st.median_low(data)), repr(st.median_high(data)), repr(st.harmonic_mean([F(1, 2), F(1, 3)])))
print(st.quantiles([F(1), F(2), F(5), F(7)], n=3), st.fmean([F(1, 3), F(2, 3), 1]))
class Half(F):
    pass
print(type(st.mean([Half(1, 2), Half(3, 2)])).__name__, repr(st.mean([Half(1, 2), 1])))
