class StockError(Exception):
    pass

class Inventory:
    def __init__(self):
        self.items = {}
        self.ledger = []

    def receive(self, sku, qty, unit_cost):
        if qty <= 0:
            raise ValueError(f"quantity must be positive, got {qty}")
        on_hand, cost = self.items.get(sku, (0, 0.0))
        new_qty = on_hand + qty
        avg = (on_hand * cost + qty * unit_cost) / new_qty
        self.items[sku] = (new_qty, avg)
        self.ledger.append(("IN", sku, qty, unit_cost))

    def ship(self, sku, qty):
        on_hand, cost = self.items.get(sku, (0, 0.0))
        if qty > on_hand:
            raise StockError(f"cannot ship {qty} x {sku}: only {on_hand} on hand")
        self.items[sku] = (on_hand - qty, cost)
        self.ledger.append(("OUT", sku, qty, cost))
        return qty * cost

    def value(self):
        return sum(q * c for q, c in self.items.values())

    def report(self):
        print(f"{'SKU':<8}{'QTY':>5}{'AVG COST':>10}{'VALUE':>10}")
        for sku in sorted(self.items):
            q, c = self.items[sku]
            print(f"{sku:<8}{q:>5}{c:>10.3f}{q * c:>10.2f}")
        print(f"{'total':<8}{'':>15}{self.value():>10.2f}")

inv = Inventory()
inv.receive("BOLT", 100, 0.10)
inv.receive("NUT", 250, 0.04)
inv.receive("BOLT", 50, 0.16)
cogs = inv.ship("BOLT", 120)
print(f"cost of goods shipped: {cogs:.2f}")
for action in [lambda: inv.ship("NUT", 300), lambda: inv.receive("GEAR", 0, 1.0), lambda: inv.ship("GEAR", 1)]:
    try:
        action()
    except (StockError, ValueError) as e:
        print(type(e).__name__, e)
inv.report()
ins = sum(q for kind, _, q, _ in inv.ledger if kind == "IN")
outs = sum(q for kind, _, q, _ in inv.ledger if kind == "OUT")
print("ledger entries:", len(inv.ledger), "in:", ins, "out:", outs)
