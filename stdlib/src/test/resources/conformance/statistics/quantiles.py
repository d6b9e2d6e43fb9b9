import statistics as st
from fractions import Fraction as F
data = [105, 129, 87, 86, 111, 111, 89, 81, 108, 92, 110, 100, 75, 105, 103, 109, 76, 119, 99, 91, 103, 129, 106, 101, 84, 111, 74, 87, 86, 103]
print(st.quantiles(data), st.quantiles(data, n=10))
print(st.quantiles(data, n=10, method='inclusive'), st.quantiles([1, 2, 3, 4, 5], n=4, method='inclusive'))
print(st.quantiles([F(1), F(2), F(5)], n=3), st.quantiles([1.5, 2.5], n=5), st.quantiles([1, 2], n=1), st.quantiles([3, 1, 2], n=2))
for kw in [dict(n=0), dict(n=4, method='other')]:
    try:
        st.quantiles(data, **kw)
    except (st.StatisticsError, ValueError) as e:
        print(type(e).__name__, e)
try:
    st.quantiles([1])
except st.StatisticsError as e:
    print('StatisticsError', e)
