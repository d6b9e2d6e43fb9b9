from dataclasses import dataclass, field, replace

@dataclass(frozen=True)
class Config:
    host: str
    port: int = 80
    debug: bool = False

base = Config("localhost")
dev = replace(base, port=8080, debug=True)
print(base, dev, base is dev)
print(replace(base))
try:
    replace(base, user="x")
except TypeError as e:
    print("TypeError", e)
try:
    replace(base, "x")
except TypeError as e:
    print("TypeError", e)

@dataclass
class Job:
    name: str
    runs: int = field(init=False, default=0)
    def __post_init__(self):
        self.runs = len(self.name)

j = Job("build")
print(replace(j, name="test-all"))
try:
    replace(j, runs=5)
except ValueError as e:
    print("ValueError", e)
try:
    replace(42, x=1)
except TypeError as e:
    print("TypeError", e)
