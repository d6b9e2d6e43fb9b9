class Celsius(float):
    def __repr__(self):
        return f"{float(self):.1f}C"
    def to_f(self):
        return Celsius(self * 9 / 5 + 32)

t = Celsius(21.5)
print(repr(t), str(t), t.to_f())
print(t + 1, type(t + 1).__name__)
print(t > 20, round(t), round(t, 0), type(round(t, 0)).__name__)
print(Celsius("3.25"), Celsius(7))
print(t.is_integer(), Celsius(4.0).is_integer(), t.hex() == float(t).hex())
print(f"{t:.3f}", f"{t:>8}", "%.2f" % t)
print(max(Celsius(1), Celsius(3), Celsius(2)))
try:
    Celsius("warm")
except ValueError as e:
    print(type(e).__name__, e)
class Clamp(float):
    def __new__(cls, v, lo=0.0, hi=1.0):
        return super().__new__(cls, min(max(v, lo), hi))
print(Clamp(1.5), Clamp(-2), Clamp(0.25), Clamp(5, hi=3))
print(float(Clamp(0.5)) == 0.5, int(Clamp(0.9)))
