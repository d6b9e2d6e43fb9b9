nan = float('nan')
inf = float('inf')
print(nan == nan, nan != nan, nan < 1, nan > 1, nan <= nan)
print(inf > 10 ** 400, -inf < -10 ** 400, inf == inf)
print(0.0 == -0.0, 0.1 + 0.2 == 0.3, 0.1 + 0.2 > 0.3)
print(2 ** 53 + 1 > 2.0 ** 53, 2 ** 53 + 1 == 2.0 ** 53)
print(10 ** 400 > 1e308, -(10 ** 400) < -1e308)
x = [nan]
print(x == x, nan in x, [nan] == [nan])
