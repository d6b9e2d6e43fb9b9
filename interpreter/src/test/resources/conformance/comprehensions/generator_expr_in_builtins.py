nums = [3, 1, 4, 1, 5, 9, 2, 6]
print(sum(n * n for n in nums))
print(max(n % 5 for n in nums), min(-n for n in nums))
print(any(n > 8 for n in nums), all(n > 0 for n in nums))
print(sorted(n for n in nums if n > 2))
print(list(n * 2 for n in nums[:3]), tuple(str(n) for n in nums[:3]))
print(set(n % 3 for n in nums))
print(dict((n, n * n) for n in range(3)))
print('-'.join(str(n) for n in nums))
