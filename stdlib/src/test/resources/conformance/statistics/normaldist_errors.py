from statistics import NormalDist, StatisticsError
Z0 = NormalDist(1, 0)
tests = [lambda: NormalDist(0, -1), lambda: Z0.pdf(1), lambda: Z0.cdf(1), lambda: Z0.inv_cdf(0.5),
         lambda: NormalDist().inv_cdf(0), lambda: NormalDist().inv_cdf(1.0), lambda: NormalDist().inv_cdf(-0.5),
         lambda: Z0.zscore(2), lambda: Z0.overlap(NormalDist()), lambda: NormalDist.from_samples([1]),
         lambda: NormalDist().quantiles(1), lambda: Z0.quantiles(2)]
for t in tests:
    try:
        print(t())
    except StatisticsError as e:
        print('StatisticsError', e)
try:
    NormalDist().overlap(3)
except TypeError as e:
    print('TypeError', e)
