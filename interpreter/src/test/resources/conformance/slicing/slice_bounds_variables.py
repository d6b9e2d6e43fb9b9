a = list(range(20))
lo, hi, step = 3, 15, 4
print(a[lo:hi:step], a[hi:lo:-step])
n = -5
print(a[n:], a[:n], a[n::n])
mid = len(a) // 2
print(a[:mid][-2:], a[mid:][:2])
windows = [a[i:i + 3] for i in range(0, 9, 3)]
print(windows)
