from typing import get_type_hints, List, Optional, Dict

def greet(name: str, times: int = 1, loud: bool = False) -> str:
    return (name.upper() if loud else name) * times

def untyped(a, b):
    return a

def partial(a: int, b, *args: str, **kw: float):
    pass

print(get_type_hints(greet))
print(get_type_hints(untyped), get_type_hints(partial))
print(greet.__annotations__ == get_type_hints(greet))

class Config:
    host: str
    port: int = 80
    tags: List[str]
    extra: Optional[Dict[str, int]] = None

hints = get_type_hints(Config)
print(hints)
for name, tp in hints.items():
    print(f"{name}: {tp!r} default={getattr(Config, name, '<none>')!r}")

def validate(obj, cls):
    errors = []
    for name, tp in get_type_hints(cls).items():
        if isinstance(tp, type) and not isinstance(obj.get(name), tp):
            errors.append(f"{name} should be {tp.__name__}")
    return errors
print(validate({"host": "x", "port": "80"}, Config))
print(get_type_hints(len) if False else "skip")
