# A shopping cart with discount rules applied in order and a printed receipt


class Rule:
    def __init__(self, name):
        self.name = name

    def apply(self, cart, subtotal):
        raise NotImplementedError


class PercentOff(Rule):
    def __init__(self, name, pct, min_total=0):
        super().__init__(name)
        self.pct, self.min_total = pct, min_total

    def apply(self, cart, subtotal):
        return round(subtotal * self.pct / 100, 2) if subtotal >= self.min_total else 0


class BuyNGetOne(Rule):
    def __init__(self, name, sku, n):
        super().__init__(name)
        self.sku, self.n = sku, n

    def apply(self, cart, subtotal):
        qty, price = cart.items.get(self.sku, (0, 0))
        return (qty // (self.n + 1)) * price


class Cart:
    def __init__(self):
        self.items = {}

    def add(self, sku, price, qty=1):
        old_qty, _ = self.items.get(sku, (0, price))
        self.items[sku] = (old_qty + qty, price)
        return self

    def receipt(self, rules):
        lines = []
        subtotal = 0
        for sku, (qty, price) in sorted(self.items.items()):
            line = qty * price
            subtotal += line
            lines.append(f"{sku:<10}{qty:>3} x {price:>6.2f} = {line:>8.2f}")
        lines.append(f"{'subtotal':<25}{subtotal:>8.2f}")
        running = subtotal
        for rule in rules:
            off = rule.apply(self, running)
            if off:
                running -= off
                lines.append(f"{rule.name:<25}{-off:>8.2f}")
        tax = round(running * 0.08, 2)
        lines.append(f"{'tax 8%':<25}{tax:>8.2f}")
        lines.append(f"{'TOTAL':<25}{running + tax:>8.2f}")
        return "\n".join(lines)


cart = Cart().add("apple", 0.5, 7).add("coffee", 8.99).add("bread", 3.25, 2).add("apple", 0.5)
rules = [BuyNGetOne("apples 3+1", "apple", 3), PercentOff("10% over $20", 10, 20),
         PercentOff("vip 5%", 5)]
print(cart.receipt(rules))
print()
print(Cart().add("gum", 1.0).receipt(rules))
try:
    Rule("abstract").apply(cart, 1)
except NotImplementedError:
    print("NotImplementedError raised for the base rule")
