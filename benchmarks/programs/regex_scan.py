# Regex scanning: compile, findall, finditer with groups, sub, split, match.
# Needs the `re` module; compare.py reports SKIP while Moat has no such module.
import re

lines = []
for i in range(4000):
    lines.append(f"2024-{i % 12 + 1:02d}-{i % 28 + 1:02d} host{i % 17}.example.com GET /api/v{i % 3}/items/{i} "
                 f"status={200 + (i % 5) * 100} bytes={i * 37 % 9000} user=u{i % 211}@mail.test")
text = "\n".join(lines)

date_re = re.compile(r"(\d{4})-(\d{2})-(\d{2})")
kv_re = re.compile(r"(\w+)=([\w@.]+)")
path_re = re.compile(r"GET (/api/v(\d)/items/(\d+))")
email_re = re.compile(r"[\w.]+@[\w.]+\.\w+")

acc = 0
for rnd in range(28):
    acc += len(date_re.findall(text))
    for m in path_re.finditer(text):
        acc += int(m.group(2)) + len(m.group(1)) + int(m.group(3)) % 10
    for line in lines[:1500]:
        d = dict(kv_re.findall(line))
        acc += int(d["status"]) // 100 + int(d["bytes"]) % 3
        if re.match(r"2024-0[1-6]", line):
            acc += 1
    acc += len(email_re.findall(text))
    acc += len(re.sub(r"host(\d+)", lambda m: "H" + m.group(1) * 2, text[:50000]))
    acc += len(re.split(r"\s+", text[:50000]))
    acc %= 1000000007
print("regex", acc)
