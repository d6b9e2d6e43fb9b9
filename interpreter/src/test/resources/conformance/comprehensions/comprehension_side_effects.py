log = []
def key(v):
    log.append(v)
    return v * 2
r = {key(x): x for x in [1, 2, 3]}
print(r, log)
log.clear()
r2 = [key(x) for x in range(5) if x % 2]
print(r2, log)
