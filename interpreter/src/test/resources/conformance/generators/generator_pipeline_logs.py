LINES = """\
2024-01-01 INFO boot ok
2024-01-01 WARN disk 91%
2024-01-02 ERROR db timeout
bad line
2024-01-02 INFO request /a 12ms
2024-01-03 ERROR db timeout
2024-01-03 INFO request /b 40ms
""".splitlines()

def parse(lines):
    for n, line in enumerate(lines, 1):
        parts = line.split(" ", 2)
        if len(parts) < 3:
            print(f"skip line {n}: {line!r}")
            continue
        yield {"n": n, "day": parts[0], "level": parts[1], "msg": parts[2]}

def only(records, level):
    for r in records:
        if r["level"] == level:
            yield r

def counted(records):
    counts = {}
    for r in records:
        counts[r["msg"]] = counts.get(r["msg"], 0) + 1
        yield r
    print("counts:", sorted(counts.items()))

for r in counted(only(parse(LINES), "ERROR")):
    print(r["n"], r["day"], r["msg"])
def by_day(records):
    current, bucket = None, []
    for r in records:
        if r["day"] != current and bucket:
            yield current, bucket
            bucket = []
        current = r["day"]
        bucket.append(r["level"])
    if bucket:
        yield current, bucket
for day, levels in by_day(parse(LINES)):
    print(day, levels)
