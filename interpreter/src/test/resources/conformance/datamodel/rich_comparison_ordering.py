class Version:
    def __init__(self, text):
        parts = text.split(".")
        try:
            self.key = tuple(int(p) for p in parts)
        except ValueError:
            raise ValueError(f"invalid version {text!r}") from None
        self.text = text
    def _norm(self):
        k = list(self.key)
        while k and k[-1] == 0:
            k.pop()
        return tuple(k)
    def __eq__(self, other):
        if not isinstance(other, Version):
            return NotImplemented
        return self._norm() == other._norm()
    def __lt__(self, other):
        if not isinstance(other, Version):
            return NotImplemented
        return self._norm() < other._norm()
    def __le__(self, other):
        return self == other or self < other
    def __hash__(self):
        return hash(self._norm())
    def __repr__(self):
        return f"V{self.text}"

vs = [Version(s) for s in ["1.10", "1.2", "1.2.0", "0.9.9", "2", "1.2.1"]]
print(sorted(vs), max(vs), min(vs))
print(Version("1.2") == Version("1.2.0.0"), Version("1.2") != Version("1.3"), len(set(vs)))
print(Version("1.0") > Version("0.99"), Version("3") >= Version("3.0"), Version("1") <= Version("0.1"))
print(Version("1") == "1", Version("1") != 1)
for op in [lambda: Version("1") < "2", lambda: Version("1") >= 3, lambda: Version("a.b")]:
    try:
        op()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
print(sorted(vs, reverse=True)[:3], sorted(vs, key=lambda v: v.text)[:2])
