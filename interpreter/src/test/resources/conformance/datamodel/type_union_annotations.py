from_annot = None


class Node:
    pass


def f(x: int | None = None, y: list[int] | dict[str, int] = None) -> str | None:
    return f"{x}, {y}"


print(f(1), f.__annotations__)
print(int | str, int | None, None | int, Node | None, int | str | int, list[int] | None)
print(isinstance(3, int | str), isinstance("s", int | str), isinstance(None, int | None))
print(isinstance(2.5, int | str), issubclass(bool, int | str), issubclass(float, int | str))
print((int | str).__args__, type(int | str).__name__)
try:
    int | 5
except TypeError as e:
    print("TypeError", e)
try:
    isinstance(3, list[int] | None)
except TypeError as e:
    print("TypeError", e)
