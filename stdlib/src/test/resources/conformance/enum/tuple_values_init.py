from enum import Enum

class Planet(Enum):
    MERCURY = (3.303e+23, 2.4397e6)
    VENUS = (4.869e+24, 6.0518e6)
    EARTH = (5.976e+24, 6.37814e6)

    def __init__(self, mass, radius):
        self.mass = mass
        self.radius = radius

    @property
    def surface_gravity(self):
        G = 6.673e-11
        return G * self.mass / (self.radius * self.radius)

for p in Planet:
    print(f"{p.name:8} {p.mass:.3e} {p.radius:.4e} {p.surface_gravity:.2f}")
print(Planet.EARTH, Planet.EARTH.value, Planet["VENUS"].mass)

class Coin(Enum):
    PENNY = 1
    NICKEL = 5
    def __init__(self, cents):
        self.dollars = cents / 100
print([c.dollars for c in Coin])
