from dataclasses import dataclass, field

@dataclass
class Cart:
    owner: str
    items: list = field(default_factory=list)
    discount: float = 0.0
    meta: dict = field(default_factory=dict)

a = Cart("ann")
b = Cart("bob")
a.items.append("apple")
a.meta["k"] = 1
print(a)
print(b)
print(a.items is b.items, a.meta is b.meta)
print(Cart("cy", ["x"], 0.5))
print(Cart(owner="dee", discount=0.25))

counter = [0]
def next_id():
    counter[0] += 1
    return counter[0]

@dataclass
class Ticket:
    title: str
    id: int = field(default_factory=next_id)

print(Ticket("a"), Ticket("b"), Ticket("c", 99), Ticket("d"))
print(Cart.discount)
try:
    Cart.items
except AttributeError as e:
    print("AttributeError", e)
