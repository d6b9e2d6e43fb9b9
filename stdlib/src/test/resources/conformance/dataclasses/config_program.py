# a small settings loader: kw_only + slots + frozen dataclasses, metadata-driven validation
import json
from dataclasses import KW_ONLY, asdict, dataclass, field, fields, replace, make_dataclass


def positive(v):
    return v > 0


@dataclass(frozen=True, slots=True)
class Server:
    host: str
    port: int = field(default=8080, metadata={"check": positive, "doc": "TCP port"})
    _: KW_ONLY
    tls: bool = False
    workers: int = field(default=4, metadata={"check": positive})

    def url(self):
        return ("https" if self.tls else "http") + f"://{self.host}:{self.port}"


@dataclass(kw_only=True)
class Settings:
    name: str
    servers: list = field(default_factory=list)
    debug: bool = False


def validate(obj):
    errors = []
    for f in fields(obj):
        check = f.metadata.get("check")
        if check is not None and not check(getattr(obj, f.name)):
            errors.append(f"{type(obj).__name__}.{f.name}={getattr(obj, f.name)!r}")
    return errors


raw = {
    "name": "prod",
    "servers": [
        {"host": "a.example", "port": 443, "tls": True},
        {"host": "b.example", "workers": 0},
    ],
}
settings = Settings(name=raw["name"], servers=[Server(**s) for s in raw["servers"]])
print(settings)
for s in settings.servers:
    print(s.url(), validate(s))
fixed = [replace(s, workers=1) if validate(s) else s for s in settings.servers]
print([validate(s) for s in fixed])
print(json.dumps(asdict(Settings(name="x", servers=fixed)), sort_keys=True))
print({f.name: f.metadata.get("doc", "") for f in fields(Server)})
try:
    fixed[0].port = 1
except AttributeError as e:
    print(type(e).__name__, e)
try:
    Settings("positional")
except TypeError as e:
    print("TypeError:", e)
Row = make_dataclass("Row", [("key", str), ("value", int, field(default=0))], order=True)
rows = sorted([Row("b", 2), Row("a", 9), Row("a", 1)])
print(rows)
print(sorted(set(s.host for s in fixed)), len({s: 1 for s in fixed}))
