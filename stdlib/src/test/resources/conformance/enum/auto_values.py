from enum import Enum, auto

class Step(Enum):
    FIRST = auto()
    SECOND = auto()
    THIRD = auto()
print([(s.name, s.value) for s in Step])

class Mixed(Enum):
    A = 10
    B = auto()
    C = auto()
    D = 50
    E = auto()
print([(m.name, m.value) for m in Mixed])

class Colors(Enum):
    RED = auto()
    GREEN = auto()
    def __str__(self):
        return self.name.lower()
print(Colors.RED, str(Colors.GREEN), repr(Colors.GREEN), Colors(2))
print(Step(1) is Step.FIRST, Step.THIRD.value - Step.FIRST.value)
