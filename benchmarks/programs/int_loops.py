# Integer loops: nested while/for loops, arithmetic, modulo, bit operations.


def collatz_steps(limit):
    best = 0
    best_n = 0
    total = 0
    n = 1
    while n < limit:
        x = n
        steps = 0
        while x != 1:
            if x & 1:
                x = 3 * x + 1
            else:
                x >>= 1
            steps += 1
        total += steps
        if steps > best:
            best = steps
            best_n = n
        n += 1
    return best_n, best, total


def sieve(limit):
    flags = [True] * (limit + 1)
    flags[0] = flags[1] = False
    i = 2
    while i * i <= limit:
        if flags[i]:
            for j in range(i * i, limit + 1, i):
                flags[j] = False
        i += 1
    count = 0
    acc = 0
    for i in range(limit + 1):
        if flags[i]:
            count += 1
            acc = (acc * 31 + i) % 1000000007
    return count, acc


a = collatz_steps(150000)
b = sieve(1000000)
h = 0
for i in range(900000):
    h = (h ^ (i * 2654435761)) & 0xFFFFFFFF
    h = (h << 5 | h >> 27) & 0xFFFFFFFF
print("collatz", a, "sieve", b, "hash", h)
