import enum
from enum import Enum, auto
class Color(Enum):
    RED = 1
    GREEN = 2
    BLUE = 3
    CRIMSON = 1
print(Color.RED, repr(Color.RED), Color(2), Color['BLUE'], list(Color), len(Color), Color.RED in Color, Color.CRIMSON is Color.RED)
print(Color.RED.name, Color.RED.value, repr(Color), isinstance(Color.RED, Color), type(Color.RED).__name__, Color.RED == Color.RED, Color.RED == 1)
class Shape(Enum):
    CIRCLE = auto()
    SQUARE = auto()
    def describe(self):
        return f'{self.name.lower()} #{self.value}'
print([s.describe() for s in Shape], Shape.SQUARE.value, list(Shape.__members__))
try:
    Color(7)
except ValueError as e:
    print(e)
try:
    Color['PINK']
except KeyError as e:
    print('KeyError', e)
print({Color.RED: 'r'}[Color.RED], sorted(c.name for c in Color), f'{Color.GREEN}', str(Color.BLUE))
d = {c.value: c for c in Color}
print(d)
match Color.GREEN:
    case Color.GREEN:
        print('green!')
class Status(Enum):
    OK = 'ok'
    FAILED = 'failed'
    @classmethod
    def parse(cls, text):
        return cls(text.lower())
    @property
    def good(self):
        return self is Status.OK
print(Status.parse('FAILED'), Status.OK.good, [s.value for s in reversed(Status)])
try:
    @enum.unique
    class Dup(Enum):
        A = 1
        B = 1
except ValueError as e:
    print('ValueError', e)
try:
    class More(Color):
        PINK = 4
except TypeError as e:
    print('TypeError', e)
