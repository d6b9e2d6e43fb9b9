PACKAGES = {
    "app": ["web", "db", "log"],
    "web": ["http", "log", "template"],
    "db": ["log", "pool"],
    "http": ["socket"],
    "template": [],
    "pool": ["socket"],
    "socket": [],
    "log": [],
}

class CycleError(Exception):
    def __init__(self, path):
        super().__init__(" -> ".join(path))
        self.path = path

def install_order(pkgs, root):
    order, state = [], {}
    def visit(name, path):
        if state.get(name) == "done":
            return
        if state.get(name) == "visiting":
            raise CycleError(path[path.index(name):] + [name])
        if name not in pkgs:
            raise LookupError(f"unknown package {name!r} (needed by {path[-1]})")
        state[name] = "visiting"
        for dep in pkgs[name]:
            visit(dep, path + [name])
        state[name] = "done"
        order.append(name)
    visit(root, [])
    return order

print(install_order(PACKAGES, "app"))
print(install_order(PACKAGES, "db"))
cyclic = dict(PACKAGES, socket=["app"])
try:
    install_order(cyclic, "app")
except CycleError as e:
    print(type(e).__name__, e, len(e.path))
broken = dict(PACKAGES, log=["colour"])
try:
    install_order(broken, "web")
except LookupError as e:
    print(type(e).__name__, e)
levels = {}
for name in install_order(PACKAGES, "app"):
    levels[name] = 1 + max((levels[d] for d in PACKAGES[name]), default=-1)
for lvl in range(max(levels.values()) + 1):
    print(lvl, sorted(n for n, l in levels.items() if l == lvl))
