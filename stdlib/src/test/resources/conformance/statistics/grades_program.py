# A small grade report: weighted means, quartiles, z-scores and a fitted curve.
import statistics as st
from fractions import Fraction
scores = {'ana': [88, 92, 79], 'bo': [72, 65, 80], 'cy': [95, 98, 91], 'di': [60, 75, 70], 'ed': [85, 85, 90]}
weights = [0.25, 0.25, 0.5]
finals = {name: st.fmean(s, weights) for name, s in scores.items()}
for name, f in sorted(finals.items()):
    print(f'{name:3} {f:6.2f}')
values = sorted(finals.values())
print('median', st.median(values), 'quartiles', [round(q, 3) for q in st.quantiles(values, n=4)])
dist = st.NormalDist.from_samples(values)
print('fit', round(dist.mean, 6), round(dist.stdev, 6))
for name, f in sorted(finals.items()):
    print(name, round(dist.zscore(f), 4))
exact = [Fraction(sum(s), len(s)) for s in scores.values()]
print('exact mean of means', st.mean(exact), st.variance(exact))
r = st.linear_regression([s[0] for s in scores.values()], [s[2] for s in scores.values()])
print('slope', round(r.slope, 6), 'intercept', round(r.intercept, 6))
