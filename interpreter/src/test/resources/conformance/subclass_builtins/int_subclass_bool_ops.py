class Level(int):
    names = ["debug", "info", "warn", "error"]
    def __new__(cls, v):
        if isinstance(v, str):
            v = cls.names.index(v.lower())
        if not 0 <= v < len(cls.names):
            raise ValueError(f"level {v} out of range")
        return super().__new__(cls, v)
    def __str__(self):
        return self.names[self].upper()
    def __repr__(self):
        return f"Level.{self}"

levels = [Level("warn"), Level(0), Level("Error"), Level(1)]
print(levels, sorted(levels), max(levels), min(levels))
print([str(l) for l in levels if l >= Level("info")])
print(Level(2) == 2, Level(2) + 1, type(Level(2) + 1).__name__, Level(3) // 2)
print(f"{Level(1)}", f"{Level(1)!r}", f"{Level(1):d}", "%s %d" % (Level(3), Level(3)))
print(list(range(Level(3))), ["a", "b", "c", "d"][Level(2)], {Level(1): "x"}[1])
for bad in [7, "fatal", -1]:
    try:
        Level(bad)
    except ValueError as e:
        print(type(e).__name__, e)
print(bool(Level(0)), int(Level("error")), hex(Level(3)), isinstance(Level(1), int))
