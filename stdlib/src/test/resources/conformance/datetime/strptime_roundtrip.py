# Seeded random formats: strftime output (sometimes corrupted) parsed back by datetime.strptime and time.strptime.
import random, time
from datetime import datetime, timezone, timedelta
random.seed(5)
dirs = ["%Y", "%m", "%d", "%H", "%M", "%S", "%f", "%y", "%b", "%B", "%a", "%A", "%p", "%I", "%j", "%z", "%Z", "%%", "%U", "%W", "%w", "%u", "%G", "%V", "%c", "%x", "%X", "%e", "%D", "%T"]
seps = ["-", " ", "/", ":", "", "T", ".", ",  "]
out = []
for i in range(150):
    picked = random.sample(dirs, random.randint(1, 5))
    fmt = "".join(d + random.choice(seps) for d in picked)
    letters = "".join(picked).replace("%c", "%a%b%d%H%M%S%Y").replace("%x", "%m%d%y").replace("%X", "%H%M%S").replace("%W", "%U")
    ks = [c for c in letters if c != "%"]
    if len(ks) != len(set(ks)):
        continue
    d = datetime(random.randint(1900, 2100), random.randint(1, 12), random.randint(1, 28), random.randint(0, 23), random.randint(0, 59), random.randint(0, 59), random.randint(0, 999999),
                 tzinfo=timezone(timedelta(minutes=random.randint(-700, 700))) if random.random() < 0.5 else None)
    s = d.strftime(fmt)
    if random.random() < 0.3 and s:
        k = random.randrange(len(s))
        s = s[:k] + random.choice("0a9 :") + s[k + 1:]
    out.append(repr(fmt) + " " + repr(s))
    try:
        out.append(repr(datetime.strptime(s, fmt)))
    except Exception as e:
        out.append(f"{type(e).__name__}: {e}")
    try:
        t = time.strptime(s, fmt)
        out.append(repr(t) + repr(t.tm_zone) + repr(t.tm_gmtoff))
    except Exception as e:
        out.append(f"{type(e).__name__}: {e}")
print("\n".join(out))
