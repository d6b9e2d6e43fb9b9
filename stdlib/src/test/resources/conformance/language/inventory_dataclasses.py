# Inventory management with dataclasses, enums and sorting
from dataclasses import dataclass, field
from enum import Enum


class Category(Enum):
    TOOL = "tool"
    PART = "part"
    SUPPLY = "supply"


@dataclass(order=True)
class Item:
    sku: str
    name: str = field(compare=False)
    category: Category = field(compare=False)
    qty: int = field(default=0, compare=False)
    price: float = field(default=0.0, compare=False)
    tags: list = field(default_factory=list, compare=False, repr=False)

    @property
    def value(self):
        return self.qty * self.price


@dataclass
class Inventory:
    items: dict = field(default_factory=dict)

    def add(self, item):
        if item.sku in self.items:
            raise KeyError(f"duplicate sku {item.sku}")
        self.items[item.sku] = item

    def restock(self, sku, n):
        self.items[sku].qty += n

    def take(self, sku, n):
        item = self.items[sku]
        if n > item.qty:
            raise ValueError(f"only {item.qty} of {item.name} left")
        item.qty -= n

    def low_stock(self, threshold=5):
        return sorted(i for i in self.items.values() if i.qty < threshold)

    def by_category(self):
        out = {}
        for item in sorted(self.items.values()):
            out.setdefault(item.category.name, []).append(item.sku)
        return out


inv = Inventory()
inv.add(Item("T-100", "hammer", Category.TOOL, 4, 12.5, ["steel"]))
inv.add(Item("P-220", "bolt", Category.PART, 300, 0.1))
inv.add(Item("S-010", "glue", Category.SUPPLY, 2, 3.75))
inv.add(Item("T-050", "saw", Category.TOOL, 9, 24.0))
try:
    inv.add(Item("P-220", "nut", Category.PART))
except KeyError as e:
    print("KeyError:", e)
inv.take("P-220", 120)
inv.restock("S-010", 10)
try:
    inv.take("T-100", 5)
except ValueError as e:
    print("ValueError:", e)
print(inv.items["T-100"])
print([i.sku for i in inv.low_stock()])
print(inv.by_category())
print(f"total value: {sum(i.value for i in inv.items.values()):.2f}")
print(Item("A", "x", Category.PART) < Item("B", "y", Category.TOOL))
print(Category("part"), Category.TOOL.value, [c.name for c in Category])
