from dataclasses import dataclass, field

@dataclass
class Rect:
    width: float
    height: float
    area: float = field(init=False)

    def __post_init__(self):
        if self.width < 0 or self.height < 0:
            raise ValueError(f"negative size: {self.width}x{self.height}")
        self.area = self.width * self.height

print(Rect(2, 3))
try:
    Rect(-1, 3)
except ValueError as e:
    print("ValueError", e)

@dataclass
class Base:
    name: str
    def __post_init__(self):
        print("Base.__post_init__", self.name)
        self.name = self.name.strip().title()

@dataclass
class Child(Base):
    age: int = 0
    def __post_init__(self):
        super().__post_init__()
        print("Child.__post_init__", self.age)

c = Child("  ada lovelace ", 36)
print(c)

@dataclass
class NoPost(Base):
    extra: str = "x"
print(NoPost(" bob "))

@dataclass
class Normalized:
    tags: list = field(default_factory=list)
    def __post_init__(self):
        self.tags = sorted(set(t.lower() for t in self.tags))
print(Normalized(["B", "a", "b", "C"]))
