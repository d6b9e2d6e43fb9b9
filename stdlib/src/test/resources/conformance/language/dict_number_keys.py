# Library numbers as dict keys meet equal ints and floats, both ways.
from decimal import Decimal
from fractions import Fraction

d = {Fraction(1, 2): "half", Decimal("0.25"): "quarter", Fraction(3): "three"}
print(d.get(0.5), d.get(Decimal("0.5")), d.get(0.25), d.get(3), d.get(3.0), d.get(True))
print(Fraction(6, 2) in d, 3 in d, Fraction(1, 3) in d)

g = {0.5: "h", 3: "t", 1: "one"}
print(g.get(Fraction(1, 2)), g.get(Fraction(3)), g.get(Decimal(3)), g.get(Decimal("1.0")))
g[Fraction(1, 2)] = "H"
print(g)

counts = {}
for x in [1, 1.0, Fraction(1), Decimal(1), True, Fraction(2, 4), 0.5]:
    counts[x] = counts.get(x, 0) + 1
print(counts)
print(hash(Fraction(1, 2)) == hash(0.5), hash(Decimal("0.25")) == hash(0.25))

class Name(str):
    def __eq__(self, other):
        return str.__eq__(self.lower(), other.lower())

    def __hash__(self):
        return hash(self.lower())

names = {Name("Alice"): 1}
print(names.get("alice"), names.get("ALICE"), names.get("Bob"))
