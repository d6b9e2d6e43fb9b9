from statistics import NormalDist
from fractions import Fraction
N = NormalDist(100, 15)
print(N + 5, N * 2, N - NormalDist(10, 20), 5 - N, -N, +N, N / 3, 2 * N, 5 + N, N + NormalDist(1, 1))
print(N * -2, N / Fraction(1, 2), N - 2.5, N + Fraction(1, 4), (N * 0).stdev)
temperature_feb = NormalDist.from_samples([4, 12, -3, 2, 7, 14])
print(temperature_feb, temperature_feb * (9 / 5) + 32)
