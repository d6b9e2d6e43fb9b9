class Temperature:
    def __init__(self, c=0.0):
        self.celsius = c
    @property
    def celsius(self):
        return self._c
    @celsius.setter
    def celsius(self, v):
        if v < -273.15:
            raise ValueError(f"{v} below absolute zero")
        self._c = v
    @celsius.deleter
    def celsius(self):
        print("reset")
        self._c = 0.0
    @property
    def fahrenheit(self):
        return self.celsius * 9 / 5 + 32
    @fahrenheit.setter
    def fahrenheit(self, f):
        self.celsius = (f - 32) * 5 / 9

t = Temperature(100)
print(t.celsius, t.fahrenheit)
t.fahrenheit = 32
print(t.celsius)
del t.celsius
print(t.celsius)
try:
    t.celsius = -300
except ValueError as e:
    print(type(e).__name__, e)
try:
    del t.fahrenheit
except AttributeError as e:
    print(type(e).__name__, e)
class RO:
    @property
    def v(self):
        return 1
try:
    RO().v = 2
except AttributeError as e:
    print(type(e).__name__, e)
p = Temperature.celsius
print(type(p).__name__, p.fget.__name__, p.fdel is not None, Temperature.fahrenheit.fdel)
class Sub(Temperature):
    @Temperature.celsius.getter
    def celsius(self):
        return round(self._c, 1)
s = Sub(12.345)
print(s.celsius, s.fahrenheit)
