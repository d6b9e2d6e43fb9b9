DATA = """date,store,category,amount
2024-03-01,north,books,12.50
2024-03-01,south,games,40.00
2024-03-02,north,games,15.25
2024-03-02,north,books,7.75
2024-03-03,south,books,x
2024-03-03,east,music,22.00
2024-03-04,south,games,35.50
2024-03-04,north,music
"""

def read(text):
    lines = text.strip().splitlines()
    header = lines[0].split(",")
    rows, problems = [], []
    for n, line in enumerate(lines[1:], 2):
        cells = line.split(",")
        if len(cells) != len(header):
            problems.append(f"line {n}: expected {len(header)} fields, got {len(cells)}")
            continue
        row = dict(zip(header, cells))
        try:
            row["amount"] = float(row["amount"])
        except ValueError as e:
            problems.append(f"line {n}: {e}")
            continue
        rows.append(row)
    return rows, problems

def pivot(rows, row_key, col_key):
    table, cols = {}, set()
    for r in rows:
        cols.add(r[col_key])
        cell = table.setdefault(r[row_key], {})
        cell[r[col_key]] = cell.get(r[col_key], 0) + r["amount"]
    return table, sorted(cols)

rows, problems = read(DATA)
for p in problems:
    print("skipped", p)
table, cols = pivot(rows, "store", "category")
print(f"{'store':<8}" + "".join(f"{c:>9}" for c in cols) + f"{'total':>9}")
for store in sorted(table):
    vals = [table[store].get(c, 0) for c in cols]
    print(f"{store:<8}" + "".join(f"{v:>9.2f}" if v else f"{'-':>9}" for v in vals) + f"{sum(vals):>9.2f}")
best = max(rows, key=lambda r: r["amount"])
print("largest sale:", best["date"], best["store"], best["amount"])
by_day = {}
for r in rows:
    by_day[r["date"]] = by_day.get(r["date"], 0) + r["amount"]
print(" ".join(f"{d[-2:]}:{v:.0f}" for d, v in sorted(by_day.items())))
