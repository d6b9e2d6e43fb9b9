from enum import Enum

class Level(Enum):
    LOW = 10
    MEDIUM = 20
    HIGH = 30
    LO = 10

print(len(Level), list(Level), list(reversed(Level)))
for i, lvl in enumerate(Level, 1):
    print(i, lvl.name, lvl.value)
print([l.value for l in Level if l.value > 15])
print(Level.LOW in Level, Level.LO in Level)
print(dict((l.name, l.value) for l in Level))
print(sorted(Level, key=lambda l: -l.value))
print(max(Level, key=lambda l: l.value), min(Level, key=lambda l: l.value))
print(list(zip(Level, "abc")))
it = iter(Level)
print(next(it), next(it), next(it))
try:
    next(it)
except StopIteration:
    print("StopIteration")
print(bool(Level), bool(Level.LOW))
class Empty(Enum):
    pass
print(len(Empty), list(Empty), bool(Empty))
