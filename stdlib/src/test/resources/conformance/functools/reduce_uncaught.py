from functools import reduce
print(reduce(max, [3, 9, 2]))
reduce(max, [])
