from enum import Enum

class Light(Enum):
    RED = "red"
    YELLOW = "yellow"
    GREEN = "green"
    AMBER = "yellow"

def next_light(light):
    match light:
        case Light.RED:
            return Light.GREEN
        case Light.GREEN:
            return Light.YELLOW
        case Light.YELLOW:
            return Light.RED

def advice(light):
    match light:
        case Light.GREEN:
            return "go"
        case Light.YELLOW | Light.RED:
            return "stop"
        case "red" | "green" | "yellow":
            return "raw string, not a Light"
        case _:
            return "unknown"

l = Light.RED
for _ in range(4):
    print(l.name, advice(l), end=" -> ")
    l = next_light(l)
print(l.name)
print(advice(Light.AMBER), advice("red"), advice(42))

def kind(obj):
    match obj:
        case Light(value="green"):
            return "green light by value"
        case Light(name=n):
            return "light " + n
        case _:
            return "other"
print(kind(Light.GREEN), kind(Light.AMBER), kind(None))
