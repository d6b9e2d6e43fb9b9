def append_to(item, target=None):
    if target is None:
        target = []
    target.append(item)
    return target
print(append_to(1), append_to(2))
def memo_count(n, cache={}):
    cache[n] = cache.get(n, 0) + 1
    return dict(cache)
print(memo_count('a'), memo_count('b'), memo_count('a'))
