# Seeded random ISO-like strings through the three fromisoformat parsers.
import random
from datetime import datetime, time, date
random.seed(11)
chars = "0123456789-:T W.,+Z"
out = []
for i in range(300):
    n = random.randint(1, 26)
    if i % 2:
        s = "".join(random.choice(chars) for _ in range(n))
    else:
        base = "2024-03-05T14:07:09.123456+05:30"
        s = list(base[:random.randint(7, len(base))])
        for _ in range(random.randint(0, 2)):
            s[random.randrange(len(s))] = random.choice(chars)
        s = "".join(s)
    for f in (datetime.fromisoformat, date.fromisoformat, time.fromisoformat):
        try:
            out.append(repr(f(s)))
        except Exception as e:
            out.append(f"{type(e).__name__}: {e}")
print("\n".join(out))
