x = 5
print(-x, +x, ~x, - -x, -(-x), ~~x)
print(~0, ~-1, ~255, -~5, ~-5)
print(-0, +0, -0.0, +(-0.0))
print(not x, not 0, not -1)
print(-True, +True, ~True, ~False)
print(- 3 ** 2, (-3) ** 2)
