def rsum(n):
    if n == 0:
        return 0
    return n + rsum(n - 1)
print(rsum(500))
def count_down(n, acc):
    if n == 0:
        return acc
    acc.append(n)
    return count_down(n - 1, acc)
res = count_down(500, [])
print(len(res), res[:3], res[-3:])
