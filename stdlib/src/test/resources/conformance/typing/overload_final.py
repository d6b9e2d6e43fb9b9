from typing import overload, final, Union, List, no_type_check

@overload
def double(x: int) -> int: ...
@overload
def double(x: str) -> str: ...
def double(x: Union[int, str]) -> Union[int, str]:
    return x * 2

print(double(21), double("ab"), double.__name__)

@final
class Settings:
    debug = False
    @final
    def describe(self) -> str:
        return f"debug={self.debug}"

s = Settings()
print(s.describe(), Settings.__name__, type(s).__name__)

class Base:
    @final
    def run(self) -> str:
        return "base run"
class Sub(Base):
    pass
print(Sub().run())

@no_type_check
def loose(a: "not a type", b: 123) -> "whatever":
    return a + b
print(loose(1, 2), loose("a", "b"))

class Parser:
    @overload
    def parse(self, raw: str) -> int: ...
    @overload
    def parse(self, raw: List[str]) -> List[int]: ...
    def parse(self, raw):
        if isinstance(raw, list):
            return [self.parse(r) for r in raw]
        return int(raw)
print(Parser().parse("7"), Parser().parse(["1", "2"]))
