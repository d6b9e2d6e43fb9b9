from statistics import NormalDist
Z = NormalDist()
for p in [1e-300, 1e-100, 1e-10, 1e-5, 0.001, 0.01, 0.02425, 0.05, 0.075, 0.1, 0.3, 0.4999, 0.5, 0.5001,
          0.7, 0.9, 0.95, 0.975, 0.99, 0.999, 0.999999, 1 - 1e-12, 1 - 1e-15]:
    print(p, Z.inv_cdf(p), NormalDist(10, 3).inv_cdf(p))
print(NormalDist(5, 2).quantiles(7))
