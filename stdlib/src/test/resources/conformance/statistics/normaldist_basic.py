from statistics import NormalDist, StatisticsError
N = NormalDist(100, 15)
print(N, repr(N), N.mean, N.median, N.mode, N.stdev, N.variance, NormalDist(), NormalDist(mu=3, sigma=0.5))
print(N.inv_cdf(0.9), N.zscore(130), N.quantiles(), N.quantiles(n=10))
print(round(N.cdf(130), 12), round(N.pdf(100), 14), round(NormalDist().cdf(0), 12), round(NormalDist().pdf(1.5), 14))
print(N == NormalDist(100, 15), N == NormalDist(100, 16), N != 3, hash(N) == hash(NormalDist(100.0, 15.0)))
print(type(N.mean).__name__, NormalDist(1, 2)._mu, NormalDist(True, 2)._sigma)
