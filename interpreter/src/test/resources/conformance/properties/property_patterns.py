# property getters, setters and deleters
def show(label, fn):
    try:
        print(label, "->", repr(fn()))
    except Exception as e:
        print(label, "!!", type(e).__name__ + ":", e)


class Temperature:
    def __init__(self, c):
        self.celsius = c

    @property
    def celsius(self):
        return self._c

    @celsius.setter
    def celsius(self, v):
        if v < -273.15:
            raise ValueError(f"{v} is below absolute zero")
        self._c = round(v, 2)

    @property
    def fahrenheit(self):
        return self._c * 9 / 5 + 32

    @fahrenheit.setter
    def fahrenheit(self, f):
        self.celsius = (f - 32) * 5 / 9

    kelvin = property(lambda self: self._c + 273.15, doc="Kelvin")


t = Temperature(25)


def set_f():
    t.fahrenheit = 212
    try:
        t.celsius = -300
    except ValueError as e:
        return t.celsius, str(e)


def del_prop():
    try:
        del t.celsius
    except AttributeError as e:
        return str(e)


def readonly():
    try:
        t.kelvin = 0
    except AttributeError as e:
        return str(e)


class Lazy:
    def __init__(self):
        self.calls = 0

    @property
    def value(self):
        if not hasattr(self, "_value"):
            self.calls += 1
            self._value = 42
        return self._value


def computed_cache():
    z = Lazy()
    return z.value, z.value, z.calls

show('t.celsius, t.fahrenheit', lambda: (t.celsius, t.fahrenheit))
show('set_f()', lambda: (set_f()))
show('t.kelvin', lambda: (t.kelvin))
show('del_prop()', lambda: (del_prop()))
show('readonly()', lambda: (readonly()))
show('Temperature.celsius.__class__.__name__', lambda: (Temperature.celsius.__class__.__name__))
show('computed_cache()', lambda: (computed_cache()))
