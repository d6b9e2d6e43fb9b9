def is_prime(n):
    if n < 2:
        return False
    for d in range(2, n):
        if d * d > n:
            break
        if n % d == 0:
            return False
    return True
print([n for n in range(30) if is_prime(n)])
def first_dup(items):
    seen = []
    for x in items:
        if x in seen:
            break
        seen.append(x)
    else:
        return None
    return x
print(first_dup([1, 2, 3, 2, 1]), first_dup([1, 2]))
