import statistics as st
x = [1, 2, 3, 4, 5, 6, 7, 8, 9]
y = [1, 2, 3, 1, 2, 3, 1, 2, 3]
z = [9, 8, 7, 6, 5, 4, 3, 2, 1]
print(st.covariance(x, y), st.covariance(z, x), st.covariance(y, z), st.covariance([0.1, 0.2, 0.3], [1.5, 1.1, 0.2]))
print(st.correlation(x, x), st.correlation(x, z), st.correlation(x, y), st.correlation([1.5, 2.5, 3.75], [2, 4.5, 5]))
for f, args in [(st.covariance, ([1, 2], [1])), (st.covariance, ([1], [1])), (st.correlation, ([1, 2, 3], [1, 1, 1])),
                (st.correlation, ([1], [2])), (st.correlation, ([1, 2], [3]))]:
    try:
        f(*args)
    except st.StatisticsError as e:
        print('StatisticsError', e)
