import statistics as st
inf, nan = float('inf'), float('nan')
print(st.mean([1.5, inf]), st.mean([1, nan]), st.mean([inf, -inf]), st.mean([-inf, 1, 2]))
print(st.variance([1, inf]), st.pvariance([1.0, nan]), st.median([1.0, inf, 3.0]))
print(st.mean([10**30, 1]), st.mean([10**30, 10**30 + 2]), st.mean([1e308, 1e308]), st.mean([2**60, 0.5]))
print(repr(st.mean([True, True])), repr(st.mean([1, 2])), repr(st.mean([1, 2, 4])))
try:
    st.stdev([1, nan])
except AttributeError as e:
    print('AttributeError', e)
