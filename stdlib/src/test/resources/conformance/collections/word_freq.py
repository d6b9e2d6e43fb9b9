from collections import Counter, defaultdict, deque, OrderedDict
text = "it was the best of times it was the worst of times"
freq = Counter(text.split())
by_count = defaultdict(list)
for w, n in freq.items():
    by_count[n].append(w)
print(dict(by_count))
window = deque(maxlen=3)
sums = []
for n in range(1, 8):
    window.append(n)
    sums.append(sum(window))
print(sums)
cache = OrderedDict()
for k in 'abcabd':
    if k in cache:
        cache.move_to_end(k)
    cache[k] = True
    if len(cache) > 3:
        cache.popitem(last=False)
print(list(cache))
