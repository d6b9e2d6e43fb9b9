import statistics as st
from fractions import Fraction as F
print(st.fmean([1, 2, 3]), st.fmean([1, 2, 3], weights=[1, 0, 3]), st.fmean(iter([0.1, 0.2, 0.3])))
print(st.fmean([85, 92, 83, 91], weights=[0.20, 0.20, 0.30, 0.30]), st.fmean([F(1, 3), 2]), st.fmean([1e16, 1, 1]))
print(st.fmean((x for x in range(10)), weights=range(10)), st.fmean([3.5], [2]), st.fmean(range(1, 1001)))
for args in [([],), ([1, 2], [1]), ([1, 2], [1, -1]), ([], [])]:
    try:
        st.fmean(*args)
    except st.StatisticsError as e:
        print('StatisticsError', e)
try:
    st.fmean(['a'])
except TypeError as e:
    print('TypeError', e)
