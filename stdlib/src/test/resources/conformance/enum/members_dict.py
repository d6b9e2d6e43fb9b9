from enum import Enum

class Perm(Enum):
    READ = 4
    WRITE = 2
    EXEC = 1
    R = 4

m = Perm.__members__
print(list(m.keys()))
print(list(m.values()))
print(m["R"], m["READ"] is m["R"], len(m), "EXEC" in m, "X" in m)
for name, member in m.items():
    print(name, member.name, member.value)
primary = [n for n, mem in m.items() if mem.name == n]
aliases = [n for n, mem in m.items() if mem.name != n]
print(primary, aliases)
print(sum(p.value for p in Perm))
def mode(perms):
    return "".join(n[0].lower() if Perm[n] in perms else "-" for n in ("READ", "WRITE", "EXEC"))
print(mode({Perm.READ, Perm.EXEC}), mode(set()), mode(set(Perm)))
