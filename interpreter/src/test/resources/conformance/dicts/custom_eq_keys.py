# Keys whose class defines __eq__/__hash__ find, and are found by, equal built-in keys.
class Key:
    def __init__(self, v):
        self.v = v

    def __eq__(self, other):
        if isinstance(other, Key):
            return self.v == other.v
        return other == self.v

    def __hash__(self):
        return hash(self.v)

    def __repr__(self):
        return f"Key({self.v!r})"


d = {Key("a"): 1, Key(-5): 2, Key(2.5): 3, Key((1, "x")): 4}
print(d.get("a"), d.get(-5), d.get(2.5), d.get((1, "x")), d.get("b"))
print("a" in d, -5.0 in d, Key(-5) in d, d[Key("a")])
d["a"] = 10          # replaces the value, keeps the first key
print(d)
del d[-5]
print(d, len(d))

plain = {"a": 1, 7: 2, 0.5: 3}
print(plain.get(Key("a")), plain.get(Key(7)), plain.get(Key(0.5)), Key(7.0) in plain)
plain[Key("a")] = 100
print(plain)
print(plain.pop(Key(7)), plain)

# a bigger dict switching over keeps its order and all its entries
big = {i: str(i) for i in range(40)}
big["s"] = "t"
big[Key(3)] = "three"
print(len(big), big[3], big.get(Key("s")), list(big)[:5], list(big)[-3:])

# dict equality across both kinds of key
print({Key(1): "x"} == {1: "x"}, {1: "x"} == {Key(1): "x"}, {Key(1): "x"} == {2: "x"})

# identity is tried first; NaN keys are found by identity only
nan = float("nan")
n = {nan: 1, Key(nan): 2}
print(n[nan], len(n))

# iteration while keys are looked up by script objects stays valid
it = {"p": 1, "q": 2}
for k in it:
    print(k, it.get(Key(k)))

# a class keeping the default identity equality is keyed by identity
class Plain:
    pass

p1, p2 = Plain(), Plain()
ids = {p1: "first", "name": "str"}
print(ids[p1], p2 in ids, ids["name"])
ids.clear()
ids["x"] = 1
print(ids)
