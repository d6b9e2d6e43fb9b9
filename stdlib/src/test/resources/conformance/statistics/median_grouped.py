import statistics as st
print(st.median_grouped([52, 52, 53, 54]), st.median_grouped([1, 3, 3, 5, 7], interval=1), st.median_grouped([1, 3, 3, 5, 7], interval=2))
print(st.median_grouped([5]), st.median_grouped([1, 2, 2, 3, 4, 4, 4, 4, 4, 5]), st.median_grouped([2.25, 2.5, 2.5, 2.75], interval=0.25))
print(st.median_grouped([1, 2], interval='2'), st.median_grouped(range(1, 11), 5))
try:
    st.median_grouped([])
except st.StatisticsError as e:
    print('StatisticsError', e)
try:
    st.median_grouped([1, 2, 3], interval='x')
except TypeError as e:
    print('TypeError', e)
