rows = [
    {"region": "North", "q1": 1200.5, "q2": 980.0, "q3": 1500.25},
    {"region": "South", "q1": 800.0, "q2": 1100.75, "q3": 950.0},
    {"region": "East-Central", "q1": 0.0, "q2": 45.5, "q3": 12000.0},
]
cols = ["q1", "q2", "q3"]
name_w = max(len(r["region"]) for r in rows) + 2
header = f"{'Region':<{name_w}}" + "".join(f"{c.upper():>12}" for c in cols) + f"{'Total':>12}"
print(header)
print("=" * len(header))
totals = dict.fromkeys(cols, 0.0)
for r in rows:
    line_total = sum(r[c] for c in cols)
    for c in cols:
        totals[c] += r[c]
    print(f"{r['region']:<{name_w}}" + "".join(f"{r[c]:>12,.2f}" for c in cols) + f"{line_total:>12,.2f}")
print("-" * len(header))
grand = sum(totals.values())
print(f"{'TOTAL':<{name_w}}" + "".join(f"{totals[c]:>12,.2f}" for c in cols) + f"{grand:>12,.2f}")
print()
for r in rows:
    share = sum(r[c] for c in cols) / grand
    bar = "#" * round(share * 40)
    print(f"{r['region']:>{name_w}} {share:6.1%} {bar}")
print(f"{'best quarter:':<14}{max(cols, key=lambda c: totals[c])!r}")
print(f"{grand=:.1f} {len(rows)=}")
