def perms(items):
    if len(items) <= 1:
        return [items[:]]
    out = []
    for i in range(len(items)):
        rest = items[:i] + items[i + 1:]
        for p in perms(rest):
            out.append([items[i]] + p)
    return out
ps = perms([1, 2, 3])
print(len(ps), ps)
print(len(perms(list('abcde'))))
