import json
text = """date,region,product,units,price
2024-01-03,north,apple,10,0.5
2024-01-03,south,pear,4,0.75
2024-01-04,north,pear,7,0.8
2024-01-05,east,apple,,0.55
2024-01-05,north,apple,12,0.5
"""
lines = text.strip().splitlines()
header = lines[0].split(",")
records, errors = [], []
for lineno, line in enumerate(lines[1:], start=2):
    row = dict(zip(header, line.split(",")))
    try:
        row["units"] = int(row["units"])
        row["price"] = float(row["price"])
    except ValueError as exc:
        errors.append((lineno, str(exc)))
        continue
    row["revenue"] = round(row["units"] * row["price"], 2)
    records.append(row)
print(errors)
summary = {}
for r in records:
    key = (r["region"], r["product"])
    s = summary.setdefault(key, {"units": 0, "revenue": 0.0})
    s["units"] += r["units"]
    s["revenue"] += r["revenue"]
for (region, product), s in sorted(summary.items()):
    print(f"{region:6} {product:6} {s['units']:4d} {s['revenue']:8.2f}")
by_region = {}
for r in records:
    by_region[r["region"]] = by_region.get(r["region"], 0) + r["revenue"]
best = max(by_region, key=by_region.get)
print(best, by_region[best], sorted(by_region.values(), reverse=True))
out = json.dumps({"records": len(records), "errors": errors, "by_region": by_region}, indent=1)
print(out)
back = json.loads(out)
print(back["by_region"] == by_region, type(back["errors"][0]).__name__)
dates = sorted({r["date"] for r in records})
print(dates[0], dates[-1], [d[-2:] for d in dates])
print("%-8s|%5.1f%%|%+d" % ("north", 100 * by_region["north"] / sum(by_region.values()), -3))
