nums = [3, 1, 4, 1, 5, 9, 2, 6, 5, 3, 5]
freq = {}
for n in nums:
    if n in freq:
        freq[n] += 1
    else:
        freq[n] = 1
print(freq)
by_parity = {'even': [], 'odd': []}
for n in nums:
    by_parity['even' if n % 2 == 0 else 'odd'].append(n)
print(by_parity)
most = sorted(freq.items(), key=lambda kv: (-kv[1], kv[0]))
print(most[:2])
