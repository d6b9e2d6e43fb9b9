from enum import Enum

class Planet(Enum):
    MERCURY = "mercury"
    VENUS = "venus"
    EARTH = "earth"

print(Planet("venus"), Planet["EARTH"], getattr(Planet, "MERCURY"))
print(Planet(Planet.EARTH))
for bad in ["pluto", 3, None, "EARTH"]:
    try:
        Planet(bad)
    except ValueError as e:
        print("ValueError", e)
for bad in ["pluto", "earth", "venus"]:
    try:
        Planet[bad]
    except KeyError as e:
        print("KeyError", e)
print(hasattr(Planet, "PLUTO"), hasattr(Planet, "VENUS"))
def parse(text, default=None):
    try:
        return Planet[text.upper()]
    except KeyError:
        return default
print(parse("venus"), parse("mars"), parse("mars", Planet.EARTH))
print(Planet.__members__.get("VENUS"), Planet.__members__.get("X"))
