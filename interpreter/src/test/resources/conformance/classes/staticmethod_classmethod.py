class Temp:
    scale = 'C'
    def __init__(self, deg):
        self.deg = deg
    @staticmethod
    def c_to_f(c):
        return c * 9 / 5 + 32
    @classmethod
    def from_f(cls, f):
        return cls((f - 32) * 5 / 9)
    @classmethod
    def describe(cls):
        return f'{cls.__name__} in {cls.scale}'
print(Temp.c_to_f(100), Temp(0).c_to_f(-40))
t = Temp.from_f(212)
print(type(t).__name__, t.deg)
print(Temp.describe(), t.describe())
class Sub(Temp):
    scale = 'F'
print(Sub.describe(), type(Sub.from_f(32)).__name__)
