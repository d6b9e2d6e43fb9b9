from dataclasses import dataclass, field, asdict, replace
from typing import List, Dict

@dataclass(order=True, frozen=True)
class Sku:
    category: str
    code: int

@dataclass
class Line:
    sku: Sku
    qty: int
    price_cents: int

    @property
    def total(self):
        return self.qty * self.price_cents

@dataclass
class Order:
    customer: str
    lines: List[Line] = field(default_factory=list)
    notes: Dict[str, str] = field(default_factory=dict)

    def add(self, category, code, qty, price):
        self.lines.append(Line(Sku(category, code), qty, price))
        return self

    def total(self):
        return sum(l.total for l in self.lines)

    def by_category(self):
        out = {}
        for l in sorted(self.lines, key=lambda l: l.sku):
            out.setdefault(l.sku.category, []).append(l.sku.code)
        return out

orders = [
    Order("ann").add("fruit", 3, 2, 150).add("dairy", 1, 1, 320).add("fruit", 1, 6, 40),
    Order("bob", notes={"gift": "yes"}).add("bakery", 7, 1, 499),
]
for o in orders:
    print(f"{o.customer:5} {o.total() / 100:8.2f} {o.by_category()}")
big = max(orders, key=Order.total)
print("biggest:", big.customer)
print(asdict(orders[1]))
stock = {Sku("fruit", 3): 10, Sku("fruit", 1): 0}
for o in orders:
    for l in o.lines:
        left = stock.get(l.sku)
        print(l.sku, "unknown" if left is None else ("ok" if left >= l.qty else "short"))
changed = replace(orders[1], customer="carl")
print(changed.customer, changed.lines is orders[1].lines)
print(sorted({l.sku for o in orders for l in o.lines}))
