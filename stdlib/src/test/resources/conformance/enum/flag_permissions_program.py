from enum import Flag, auto


class Perm(Flag):
    READ = auto()
    WRITE = auto()
    EXECUTE = auto()
    DELETE = auto()
    RW = READ | WRITE
    ALL = READ | WRITE | EXECUTE | DELETE


ROLES = {
    "guest": Perm.READ,
    "editor": Perm.RW,
    "admin": Perm.ALL,
    "runner": Perm.READ | Perm.EXECUTE,
}


def parse(text):
    result = Perm(0)
    for part in text.split(","):
        part = part.strip().upper()
        if part:
            result |= Perm[part]
    return result


def can(role, needed):
    have = ROLES[role]
    return needed in have


def mode_string(p):
    return "".join(ch if flag in p else "-" for ch, flag in
                   zip("rwxd", [Perm.READ, Perm.WRITE, Perm.EXECUTE, Perm.DELETE]))


for role, perms in ROLES.items():
    print(f"{role:7} {mode_string(perms)} {perms!r} {len(perms)}")

print(can("editor", Perm.WRITE), can("guest", Perm.WRITE), can("runner", Perm.READ | Perm.EXECUTE))
req = parse("read, execute")
print(repr(req), req.value, [p.name for p in req])
for role in ROLES:
    missing = req & ~ROLES[role]
    print(role, "ok" if not missing else "missing " + str(missing))

try:
    parse("read, fly")
except KeyError as e:
    print("KeyError", e)

stored = (Perm.READ | Perm.DELETE).value
print(stored, repr(Perm(stored)), Perm(stored) is (Perm.DELETE | Perm.READ))
print([repr(Perm(v)) for v in range(0, 16, 5)])


class Feature(Flag):
    DARK_MODE = auto()
    BETA_SEARCH = auto()
    NEW_CHECKOUT = auto()


toggles = Feature.DARK_MODE
toggles |= Feature.NEW_CHECKOUT
toggles ^= Feature.DARK_MODE
toggles ^= Feature.BETA_SEARCH
print(repr(toggles), [f.name for f in Feature if f in toggles], bool(toggles & Feature.DARK_MODE))
