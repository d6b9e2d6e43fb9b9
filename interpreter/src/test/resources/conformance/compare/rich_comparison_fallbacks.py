# rich comparison fallbacks and reflection
def show(label, fn):
    try:
        print(label, "->", repr(fn()))
    except Exception as e:
        print(label, "!!", type(e).__name__ + ":", e)


class V:
    def __init__(self, v):
        self.v = v

    def __eq__(self, o):
        return isinstance(o, V) and self.v == o.v

    def __lt__(self, o):
        if not isinstance(o, V):
            return NotImplemented
        return self.v < o.v

    def __le__(self, o):
        return self == o or self < o

    def __repr__(self):
        return f"V({self.v})"


class OnlyLt:
    def __init__(self, v):
        self.v = v

    def __lt__(self, o):
        return self.v < o.v

show('V(1) < V(2), V(2) > V(1), V(1) <= V(1), V(3) >= V(4)', lambda: (V(1) < V(2), V(2) > V(1), V(1) <= V(1), V(3) >= V(4)))
show('V(1) == V(1), V(1) != V(2), V(1) == 1', lambda: (V(1) == V(1), V(1) != V(2), V(1) == 1))
show('sorted([V(3), V(1), V(2)])', lambda: (sorted([V(3), V(1), V(2)])))
show('max(V(5), V(9)), min([V(4), V(2)])', lambda: (max(V(5), V(9)), min([V(4), V(2)])))
show('V(1) < 5', lambda: (V(1) < 5))
show('5 > V(1)', lambda: (5 > V(1)))
show('OnlyLt(1) > OnlyLt(0)', lambda: (OnlyLt(1) > OnlyLt(0)))
show('OnlyLt(1) >= OnlyLt(0)', lambda: (OnlyLt(1) >= OnlyLt(0)))
