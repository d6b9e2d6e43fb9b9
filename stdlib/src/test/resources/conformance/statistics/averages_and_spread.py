import statistics as s
print(s.mean([1, 2, 3]), s.mean([1, 2, 3, 4]), s.mean([0.1, 0.2, 0.3]), s.mean([1, 2.5]), s.mean([True, False, True]))
print(s.fmean([1, 2, 3]), s.median([3, 1, 2]), s.median([1, 2, 3, 4]), s.median([1, 2]), s.median_low([1, 2, 3, 4]), s.median_high([1, 2, 3, 4]))
print(s.mode([1, 2, 2, 3]), s.mode('aab'), s.multimode('aabbc'), s.multimode([]))
print(s.variance([1, 2, 3, 4]), s.variance([1.5, 2.5, 2.5, 2.75, 3.25, 4.75]), s.pvariance([1, 2, 3, 4]))
print(s.stdev([1, 2, 3, 4]), s.pstdev([1, 2, 3, 4]), s.stdev([0.1, 0.2, 0.4]))
print(s.variance([1, 1, 1]), s.stdev([2, 4, 4, 4, 5, 5, 7, 9]), s.pstdev([2, 4, 4, 4, 5, 5, 7, 9]), s.variance([1, 2, 3], 2))
print(s.mean(range(1, 101)), s.median(range(10)), s.pvariance([1.5, 2.5], 2.0), s.stdev([1e10, 1e10 + 1, 1e10 + 2]))
for f, a in [(s.mean, []), (s.median, []), (s.mode, []), (s.variance, [1]), (s.stdev, [1]), (s.pvariance, [])]:
    try:
        f(a)
    except s.StatisticsError as e:
        print(type(e).__name__, e, isinstance(e, ValueError))
try:
    s.mean(['a'])
except TypeError as e:
    print('TypeError', e)
