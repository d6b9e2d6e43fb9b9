import bisect
recs = [("a", 1), ("b", 3), ("c", 3), ("d", 7)]
k = lambda r: r[1]
print(bisect.bisect_left(recs, 3, key=k), bisect.bisect_right(recs, 3, key=k))
bisect.insort(recs, ("e", 3), key=k)
bisect.insort_left(recs, ("f", 3), key=k)
print(recs)
words = ["apple", "kiwi", "banana", "fig"]
words.sort(key=len)
bisect.insort(words, "plum", key=len)
print(words)
