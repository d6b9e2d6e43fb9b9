import statistics as st
from fractions import Fraction as F
print(round(st.geometric_mean([54, 24, 36]), 10), round(st.geometric_mean([1.5, 2.5, 10]), 12), round(st.geometric_mean([2, 8]), 12))
print(st.harmonic_mean([40, 60]), st.harmonic_mean([2.5, 3, 10]), st.harmonic_mean([40, 60], weights=[5, 30]))
print(repr(st.harmonic_mean([F(1, 2), F(1, 3)])), st.harmonic_mean([3]), st.harmonic_mean([0, 5]), st.harmonic_mean([1, 2, 4]))
print(st.harmonic_mean([1.0, 2, 4], weights=[0, 1, 1]), repr(st.harmonic_mean([F(2)], weights=[3])), st.harmonic_mean([7.5]))
for args in [([],), ([-1, 2],), ([1, 2], [1]), ([1, 2], [-1, 1]), ([-3],), ([1, 2], [0, 0])]:
    try:
        print(st.harmonic_mean(*args))
    except st.StatisticsError as e:
        print('StatisticsError', e)
for data in [[], [0, 1], [-1, 2], [1.0, 0.0]]:
    try:
        print(st.geometric_mean(data))
    except st.StatisticsError as e:
        print('StatisticsError', e)
try:
    st.harmonic_mean(['a'])
except TypeError as e:
    print('TypeError', e)
