# Equality with int/float/complex, ordering refused, hashes, dict and set keys, truth
def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__ + ":", e)

pairs = [(1 + 0j, 1), (1 + 0j, 1.0), (1 + 0j, True), (1j, 1j), (1j, -1j), (0j, 0),
         (0j, -0.0), (complex(2 ** 53 + 1, 0), 2 ** 53 + 1), (complex(1.5, 0), 1.5),
         (1 + 1j, 1), (1j, "1j"), (1j, None), (complex(float("nan"), 0), float("nan"))]
for a, b in pairs:
    print(repr(a), repr(b), a == b, b == a, a != b, b != a)

for op in ["<", "<=", ">", ">="]:
    show(op, lambda: {"<": lambda: 1j < 2j, "<=": lambda: 1j <= 1, ">": lambda: 2 > 1j,
                      ">=": lambda: 1.5 >= 1j}[op]())
show("sorted", lambda: sorted([2j, 1j]))
show("max", lambda: max(1j, 2j))
show("min", lambda: min([1, 1j]))
show("chain", lambda: 0 < 1j < 2)

for z in [0j, 1 + 0j, complex(1.5, 0), complex(-1, 0), 1j, -1j, 1 + 2j, complex(-0.0, 0),
          complex(2 ** 61, 0), complex(1e300, 1e-300), complex(float("inf"), 0),
          complex(0, float("-inf"))]:
    print(repr(z), hash(z))
print(hash(1 + 0j) == hash(1), hash(complex(1.5, 0)) == hash(1.5), hash(1j) == hash(complex(0, 1)))

d = {1: "int one", 2.5: "float", 1j: "imaginary"}
print(d[1 + 0j], d[complex(2.5, 0)], d[complex(0, 1)], 1j in d, 2j in d)
d[1 + 0j] = "complex one"
d[3j] = "three j"
print(d)
print({1, 1.0, 1 + 0j, 1j, complex(0, 1), 0j, 0, False})
print(sorted({1 + 0j: 1, 2: 2}.values()), 2 + 0j in {2}, 1j in [0, 1j], [1j, 2].index(2 + 0j))
print([1j, 2j, 1j].count(1j), (1j, 2).index(complex(0, 1)))

for z in [0j, complex(0, -0.0), complex(-0.0, 0), 1j, complex(1e-320, 0),
          complex(float("nan"), 0)]:
    print(repr(z), bool(z), not z, "yes" if z else "no")
