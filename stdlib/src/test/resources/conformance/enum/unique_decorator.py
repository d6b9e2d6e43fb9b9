from enum import Enum, unique

@unique
class Fine(Enum):
    A = 1
    B = 2
print(list(Fine))

try:
    @unique
    class Dups(Enum):
        A = 1
        B = 2
        C = 1
        D = 2
        E = 3
except ValueError as e:
    print("ValueError", e)

try:
    @unique
    class One(Enum):
        X = "x"
        Y = "x"
except ValueError as e:
    print("ValueError", e)

class Loose(Enum):
    A = 1
    B = 1
print(list(Loose), Loose.B)
try:
    unique(Loose)
except ValueError as e:
    print("ValueError", e)
print(unique(Fine) is Fine)
