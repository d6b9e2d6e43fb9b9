from typing import TYPE_CHECKING, List, Optional
import typing

if TYPE_CHECKING:
    from some_module_that_does_not_exist import Widget

print(TYPE_CHECKING, typing.TYPE_CHECKING, type(TYPE_CHECKING).__name__)

class Panel:
    def __init__(self) -> None:
        self.children: "List[Widget]" = []
    def add(self, w: "Widget") -> "Panel":
        self.children.append(w)
        return self
    def first(self) -> "Optional[Widget]":
        return self.children[0] if self.children else None

p = Panel().add("button").add("label")
print(p.children, p.first(), Panel().first())
print(Panel.add.__annotations__)
print(Panel.first.__annotations__["return"])
try:
    Widget
except NameError as e:
    print("NameError", e)
