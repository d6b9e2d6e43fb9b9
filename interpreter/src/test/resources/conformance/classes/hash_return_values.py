# a __hash__ result that fits a machine word is the hash itself; larger ones are reduced
class A:
    def __init__(self, v): self.v = v
    def __hash__(self): return self.v
for v in [5, -1, 2**61 - 1, 2**61, 2**62 + 3, -(2**62), 2**63 - 1, 2**63, 2**64 + 7, -(2**63), -(2**63) - 1]:
    print(v, hash(A(v)))
print(hash((1, "s")) == hash((1, "s")))
