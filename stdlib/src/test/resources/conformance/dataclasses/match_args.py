from dataclasses import dataclass, field

@dataclass
class Move:
    dx: int
    dy: int = 0

@dataclass
class Say:
    text: str
    loud: bool = False

@dataclass(match_args=False)
class Quit:
    code: int = 0

@dataclass
class Hidden:
    a: int
    b: int = field(init=False, default=0)

print(Move.__match_args__, Say.__match_args__, hasattr(Quit, "__match_args__"), Hidden.__match_args__)

def run(cmd):
    match cmd:
        case Move(0, 0):
            return "stay"
        case Move(dx, 0):
            return f"horizontal {dx}"
        case Move(dx, dy):
            return f"move {dx},{dy}"
        case Say(text, loud=True):
            return text.upper() + "!"
        case Say(text):
            return text
        case Quit(code=c):
            return f"quit {c}"
        case _:
            return "unknown"

for c in [Move(0), Move(3), Move(1, 2), Say("hi"), Say("hey", True), Quit(2), 42]:
    print(run(c))

try:
    match Quit(1):
        case Quit(c):
            print(c)
except TypeError as e:
    print("TypeError", e)
