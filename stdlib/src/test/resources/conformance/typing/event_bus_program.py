from typing import Callable, Dict, List, Optional, TypeVar, Generic, NamedTuple, Union, Any
from dataclasses import dataclass, field

T = TypeVar("T")
Handler = Callable[[Any], Optional[str]]
Event = NamedTuple("Event", [("topic", str), ("payload", Any)])

class Bus:
    def __init__(self) -> None:
        self.handlers: Dict[str, List[Handler]] = {}
        self.log: List[str] = []

    def on(self, topic: str) -> Callable[[Handler], Handler]:
        def register(fn: Handler) -> Handler:
            self.handlers.setdefault(topic, []).append(fn)
            return fn
        return register

    def emit(self, event: Event) -> int:
        fired = 0
        for h in self.handlers.get(event.topic, []):
            out = h(event.payload)
            if out is not None:
                self.log.append(f"{event.topic}: {out}")
            fired += 1
        return fired

class Latest(Generic[T]):
    def __init__(self) -> None:
        self.value: Optional[T] = None
    def set(self, v: T) -> None:
        self.value = v

bus = Bus()
temp: Latest[float] = Latest()

@bus.on("temp")
def record(v: float) -> Optional[str]:
    temp.set(v)
    return "hot" if v > 30 else None

@bus.on("temp")
def echo(v: Union[int, float]) -> str:
    return f"{v:.1f}C"

@bus.on("user")
def greet(name: str) -> str:
    return "hello " + name

counts = [bus.emit(e) for e in [Event("temp", 25), Event("temp", 31.5), Event("user", "ann"), Event("noise", 0)]]
print(counts)
print("\n".join(bus.log))
print(temp.value, sorted(bus.handlers), repr(Handler))
