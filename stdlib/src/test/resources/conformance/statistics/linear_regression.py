import statistics as st
year = [1971, 1975, 1979, 1982, 1983]
films = [1, 2, 3, 4, 5]
r = st.linear_regression(year, films)
print(r, round(r.slope * 2019 + r.intercept), type(r).__name__, r._fields, r[0] == r.slope)
print(st.linear_regression([1, 2, 3, 4, 5], [3, 5, 7, 9, 11.5]), st.linear_regression([1, 2, 3], [2, 4, 6.5], proportional=True))
slope, intercept = st.linear_regression([0.5, 1.5, 2.5], [1.0, 2.0, 2.5])
print(slope, intercept, st.linear_regression([1, 2], [1, 2]))
for args in [([1, 1, 1], [1, 2, 3]), ([1], [2]), ([1, 2, 3], [1, 2])]:
    try:
        st.linear_regression(*args)
    except st.StatisticsError as e:
        print('StatisticsError', e)
