import bisect
for f in [lambda: bisect.bisect([1, 2], 1, -1), lambda: bisect.bisect_left([1, "a"], 2),
          lambda: bisect.insort_left([1], 2, lo=-2)]:
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
print(bisect.bisect([1, 2, 3], 2, 5))
