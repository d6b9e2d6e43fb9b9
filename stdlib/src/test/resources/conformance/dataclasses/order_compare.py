from dataclasses import dataclass

@dataclass(order=True)
class Version:
    major: int
    minor: int = 0
    patch: int = 0

vs = [Version(1, 2, 3), Version(1, 0), Version(0, 9, 9), Version(1, 2)]
print(sorted(vs))
print(max(vs), min(vs))
print(Version(1) < Version(1, 0, 1), Version(2) >= Version(1, 9), Version(1) <= Version(1))
print(Version(1, 2) > Version(1, 1, 99))

@dataclass(order=True)
class Other:
    major: int
    minor: int = 0
    patch: int = 0

try:
    Version(1) < Other(2)
except TypeError as e:
    print("TypeError", e)
try:
    Version(1) < (1, 0, 0)
except TypeError as e:
    print("TypeError", e)
print(Version(1) == Other(1), Version(1) == (1, 0, 0))

@dataclass
class Plain:
    a: int
try:
    Plain(1) < Plain(2)
except TypeError as e:
    print("TypeError", e)
try:
    @dataclass(order=True, eq=False)
    class Bad:
        a: int
except ValueError as e:
    print("ValueError", e)
