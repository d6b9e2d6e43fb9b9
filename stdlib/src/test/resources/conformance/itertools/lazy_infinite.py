from itertools import count, takewhile, dropwhile, islice, accumulate, chain, cycle, filterfalse
squares = (n * n for n in count(1))
print(list(takewhile(lambda s: s < 100, squares)))
print(next(dropwhile(lambda n: n < 1000, count())))
print(list(islice(accumulate(count(1)), 5)))
print(list(islice(chain(count(), []), 3)))
print(list(islice(filterfalse(lambda n: n % 3, cycle([1, 2, 3, 6])), 4)))
