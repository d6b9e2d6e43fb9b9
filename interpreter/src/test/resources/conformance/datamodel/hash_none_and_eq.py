class OnlyEq:
    def __eq__(self, other):
        return True


print(OnlyEq.__hash__)
try:
    hash(OnlyEq())
except TypeError as e:
    print("TypeError", e)
try:
    {OnlyEq(): 1}
except TypeError as e:
    print("TypeError", e)
try:
    set([OnlyEq()])
except TypeError as e:
    print("TypeError", e)


class ExplicitNone:
    __hash__ = None


try:
    hash(ExplicitNone())
except TypeError as e:
    print("TypeError", e)


class EqAndHash:
    def __init__(self, k):
        self.k = k

    def __eq__(self, other):
        return isinstance(other, EqAndHash) and self.k == other.k

    def __hash__(self):
        return hash(("EqAndHash", self.k))


d = {EqAndHash(1): "one"}
print(d[EqAndHash(1)], EqAndHash(1) in d, EqAndHash(2) in d)


class Child(EqAndHash):
    def __eq__(self, other):
        return False


try:
    hash(Child(1))
except TypeError as e:
    print("TypeError", e)


class Plain:
    pass


p = Plain()
print(hash(p) == hash(p), p == p, p != Plain())
print(hash(1) == hash(1.0) == hash(True), hash("a") == hash("a"), hash((1, 2)) == hash((1, 2)))
try:
    hash([1])
except TypeError as e:
    print("TypeError", e)
try:
    hash({})
except TypeError as e:
    print("TypeError", e)
try:
    hash((1, [2]))
except TypeError as e:
    print("TypeError", e)
print(hash(frozenset([1, 2])) == hash(frozenset([2, 1])))
