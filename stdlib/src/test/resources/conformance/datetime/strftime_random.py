# Seeded random strftime formats (glibc flags, widths, unknown directives) on naive and aware datetimes.
import random
from datetime import datetime, date, time, timezone, timedelta
random.seed(3)
dirs = list("aAbBcCdDeFgGhHIjklmMnpPrRsStTuUVwWxXyYzZ%f")
out = []
for i in range(300):
    parts = []
    for _ in range(random.randint(1, 4)):
        flag = random.choice(["", "", "", "-", "_", "0", "^", "#"])
        width = random.choice(["", "", "", "1", "3", "6", "10"])
        parts.append("%" + flag + width + random.choice(dirs) + random.choice(["", " ", "/", "x"]))
    fmt = "".join(parts)
    d = datetime(random.choice([1, 5, 99, 150, 999, 1000, 1899, 1900, 1969, 1970, 2000, 2024, 2038, 9999]), random.randint(1, 12), random.randint(1, 28),
                 random.randint(0, 23), random.randint(0, 59), random.randint(0, 59), random.randint(0, 999999),
                 tzinfo=random.choice([None, timezone.utc, timezone(timedelta(hours=-3, minutes=-30), "NST"), timezone(timedelta(seconds=3725))]))
    try:
        out.append(repr(fmt) + " " + repr(d.strftime(fmt)))
    except Exception as e:
        out.append(repr(fmt) + f" {type(e).__name__}: {e}")
print("\n".join(out))
