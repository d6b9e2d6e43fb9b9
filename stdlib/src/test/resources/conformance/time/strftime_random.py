# Seeded random time.strftime formats on struct_time values and plain tuples.
import random, time
random.seed(9)
dirs = list("aAbBcCdDeFgGhHIjklmMnpPrRsStTuUVwWxXyYzZ%f")
out = []
for i in range(300):
    parts = []
    for _ in range(random.randint(1, 4)):
        flag = random.choice(["", "", "", "-", "_", "0", "^", "#"])
        width = random.choice(["", "", "", "1", "3", "6", "10"])
        parts.append("%" + flag + width + random.choice(dirs) + random.choice(["", " ", "/", "x"]))
    fmt = "".join(parts)
    if any(p[-2:-1] == "z" or p.endswith("z") for p in parts if p[1:2] in "-_0^#123456789"):
        continue
    k = random.random()
    if k < 0.4:
        t = time.gmtime(random.randint(-2**34, 2**35))
    elif k < 0.7:
        t = time.localtime(random.randint(-2**31, 2**33))
    else:
        t = (random.randint(1, 9999), random.randint(0, 12), random.randint(0, 31), random.randint(0, 23), random.randint(0, 59), random.randint(0, 61), random.randint(-1, 8), random.randint(0, 366), random.randint(-2, 2))
    try:
        out.append(repr(fmt) + " " + repr(time.strftime(fmt, t)))
    except Exception as e:
        out.append(repr(fmt) + f" {type(e).__name__}: {e}")
    if i % 10 == 0 and not isinstance(t, tuple):
        out.append(time.asctime(t) + " " + repr(time.mktime(t)))
print("\n".join(out))
