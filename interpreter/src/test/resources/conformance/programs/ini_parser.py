CONFIG = """
; sample configuration
[server]
host = example.org
port = 8080
debug = yes

[database]
user = admin
password =
timeout = 2.5
[broken
key_without_section = 1
[paths]
root = /srv/app
logs = ${root}/logs
cache = ${root}/${missing}/cache
"""

class ParseError(Exception):
    pass

def parse(text):
    sections, current = {}, None
    for n, raw in enumerate(text.splitlines(), 1):
        line = raw.strip()
        if not line or line.startswith((";", "#")):
            continue
        if line.startswith("["):
            if not line.endswith("]"):
                print(f"line {n}: unterminated section header {line!r}")
                current = None
                continue
            current = sections.setdefault(line[1:-1], {})
        elif "=" in line:
            key, _, value = line.partition("=")
            if current is None:
                print(f"line {n}: key {key.strip()!r} outside any section")
                continue
            current[key.strip()] = value.strip()
        else:
            raise ParseError(f"line {n}: cannot parse {line!r}")
    return sections

def expand(section):
    out = {}
    for k, v in section.items():
        while "${" in v:
            start = v.index("${")
            end = v.index("}", start)
            name = v[start + 2:end]
            v = v[:start] + section.get(name, f"<{name}?>") + v[end + 1:]
        out[k] = v
    return out

def convert(v):
    for cast in (int, float):
        try:
            return cast(v)
        except ValueError:
            pass
    return {"yes": True, "no": False}.get(v, v)

cfg = parse(CONFIG)
for name, sec in cfg.items():
    print(f"[{name}]")
    for k, v in expand(sec).items():
        print(f"  {k} = {convert(v)!r}")
try:
    parse("[a]\njust words")
except ParseError as e:
    print(type(e).__name__, e)
