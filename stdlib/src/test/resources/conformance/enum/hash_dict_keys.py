from enum import Enum

class Fruit(Enum):
    APPLE = "apple"
    PEAR = "pear"
    PLUM = "plum"
    POME = "apple"

prices = {Fruit.APPLE: 3, Fruit.PEAR: 5}
prices[Fruit.POME] += 1
print(prices)
print(hash(Fruit.APPLE) == hash(Fruit.POME), hash(Fruit.APPLE) == hash(Fruit.APPLE))
basket = [Fruit.APPLE, Fruit.PLUM, Fruit.APPLE, Fruit.PEAR, Fruit.POME]
counts = {}
for f in basket:
    counts[f] = counts.get(f, 0) + 1
print(counts)
print(len(set(basket)), sorted(f.value for f in set(basket)))
print(Fruit.PLUM in prices, prices.get(Fruit.PLUM, 0))
lookup = {f.value: f for f in Fruit}
print(lookup)
print({Fruit.APPLE, Fruit.POME} == {Fruit.APPLE})
