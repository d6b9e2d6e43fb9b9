from itertools import islice, chain, groupby, zip_longest, tee, starmap, repeat, count
import operator
def take(n, iterable):
    return list(islice(iterable, n))
def grouper(iterable, n, fillvalue=None):
    args = [iter(iterable)] * n
    return zip_longest(*args, fillvalue=fillvalue)
def flatten(lol):
    return chain.from_iterable(lol)
def unique_justseen(iterable):
    return map(next, map(operator.itemgetter(1), groupby(iterable)))
def dotproduct(v1, v2):
    return sum(map(operator.mul, v1, v2))
def run_length(s):
    return [(k, sum(1 for _ in g)) for k, g in groupby(s)]
print(take(3, count(7)))
print(list(grouper('ABCDEFG', 3, 'x')))
print(list(flatten([[1, 2], [3], []])))
print(list(unique_justseen('AAAABBBCCDAABBB')))
print(dotproduct([1, 2, 3], [4, 5, 6]))
print(run_length('aaabccdddd'))
print(list(starmap(operator.add, zip(range(3), repeat(10)))))
