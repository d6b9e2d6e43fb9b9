def bsearch(arr, t, lo, hi):
    if lo > hi:
        return -1
    mid = (lo + hi) // 2
    if arr[mid] == t:
        return mid
    if arr[mid] < t:
        return bsearch(arr, t, mid + 1, hi)
    return bsearch(arr, t, lo, mid - 1)
arr = list(range(0, 1000, 3))
print(bsearch(arr, 300, 0, len(arr) - 1), bsearch(arr, 301, 0, len(arr) - 1))
print([bsearch(arr, v, 0, len(arr) - 1) for v in [0, 3, 999, 997]])
