# Aggregating sales records into a formatted text report
sales = [
    ("2024-01-03", "north", "widget", 12, 2.50),
    ("2024-01-15", "south", "gadget", 3, 19.99),
    ("2024-02-02", "north", "gadget", 5, 19.99),
    ("2024-02-10", "east", "widget", 40, 2.45),
    ("2024-02-28", "south", "widget", 7, 2.50),
    ("2024-03-05", "east", "gizmo", 1, 149.00),
    ("2024-03-09", "north", "widget", 20, 2.40),
    ("2024-03-30", "south", "gizmo", 2, 145.50),
]

by_region = {}
by_month = {}
by_product = {}
for date, region, product, qty, price in sales:
    amount = qty * price
    month = date[:7]
    by_region[region] = by_region.get(region, 0) + amount
    by_month.setdefault(month, []).append(amount)
    entry = by_product.setdefault(product, {"qty": 0, "revenue": 0.0})
    entry["qty"] += qty
    entry["revenue"] += amount

total = sum(by_region.values())
width = 44
print("SALES REPORT".center(width, "="))
print(f"{'Region':<10}{'Revenue':>14}{'Share':>10}{'Bar':>10}")
print("-" * width)
for region, rev in sorted(by_region.items(), key=lambda kv: kv[1], reverse=True):
    share = rev / total
    bar = "#" * round(share * 10)
    print(f"{region.title():<10}{rev:>14,.2f}{share:>10.1%}  {bar:<8}")
print("-" * width)
print(f"{'Total':<10}{total:>14,.2f}{1:>10.0%}")
print()
print("Monthly")
for month, amounts in sorted(by_month.items()):
    avg = sum(amounts) / len(amounts)
    print(f"  {month}: n={len(amounts)} sum={sum(amounts):9.2f} avg={avg:8.3f} max={max(amounts):.2f}")
print()
print("Products")
rows = sorted(by_product.items())
name_w = max(len(p) for p, _ in rows) + 2
for product, e in rows:
    unit = e["revenue"] / e["qty"]
    print(f"  {product:<{name_w}}qty={e['qty']:>3}  revenue={e['revenue']:>8.2f}  unit={unit:.4f}")
best = max(by_product, key=lambda p: by_product[p]["revenue"])
print(f"\nBest seller: {best!r} ({by_product[best]['revenue'] / total:.2%} of revenue)")
