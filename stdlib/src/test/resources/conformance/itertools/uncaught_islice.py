from itertools import islice
print(list(islice(range(10), 1, 8, 3)))
islice(range(10), -5)
