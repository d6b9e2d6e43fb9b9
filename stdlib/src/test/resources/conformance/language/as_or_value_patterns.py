import enum


class Color(enum.Enum):
    RED = 1
    GREEN = 2
    BLUE = 3


class Limits:
    LOW = 10
    HIGH = 100


def classify(v):
    match v:
        case Color.RED | Color.GREEN as c:
            return f"warm-ish {c.name}"
        case Color.BLUE:
            return "cool"
        case Limits.LOW:
            return "at low limit"
        case Limits.HIGH:
            return "at high limit"
        case (1 | 2) as small:
            return f"small {small}"
        case [(1 | 2) as a, (3 | 4) as b]:
            return f"pair {a} {b}"
        case str() as s if s.isupper():
            return "shout " + s
        case _:
            return "other"


for v in [Color.RED, Color.GREEN, Color.BLUE, 10, 100, 1, 2, [2, 4], [2, 5], "HEY", "hey"]:
    print(classify(v))

x = 5
match 5:
    case y if y > x:
        print("bigger")
    case y:
        print("captured", y)
print("y after match:", y)
