from enum import Flag


class Opt(Flag):
    A = 1
    B = 2


z = Opt(0)
print(repr(z), str(z), z.name, z.value)
print(bool(z), len(z), list(z))
print(z is Opt.A & Opt.B, z is Opt(0))
print(f"[{z}]", format(Opt.A), f"{Opt.A | Opt.B:>12}|")
if not (Opt.A & Opt.B):
    print("no overlap")
if Opt.A | Opt.B:
    print("something set")


class WithNone(Flag):
    NONE = 0
    A = 1
    B = 2


print(repr(WithNone(0)), WithNone(0) is WithNone.NONE, repr(WithNone.A & WithNone.B))
print(list(WithNone), len(WithNone), list(WithNone.__members__))
print(repr(~(WithNone.A | WithNone.B)))
