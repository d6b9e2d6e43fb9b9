import bisect
print(bisect.bisect_left(range(0, 100, 3), 31), bisect.bisect_right((1, 1, 2), 1), bisect.bisect("abcx", "c"))
print(bisect.bisect_left([1, 2, 3], 2, hi=1), bisect.bisect_right([1, 2, 3], 2, 1, 2))
class L(list):
    def insert(self, i, x):
        print("insert", i, x)
        super().insert(i, x)
l = L([1, 3])
bisect.insort(l, 2)
print(l)
