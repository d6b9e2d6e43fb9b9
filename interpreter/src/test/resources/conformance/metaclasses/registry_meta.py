class RegistryMeta(type):
    registry = {}
    def __new__(mcls, name, bases, ns, **kw):
        cls = super().__new__(mcls, name, bases, ns)
        if bases:
            key = kw.get("key", name.lower())
            mcls.registry[key] = cls
        return cls
    def __init__(cls, name, bases, ns, **kw):
        super().__init__(name, bases, ns)
        cls.kw = kw

class Plugin(metaclass=RegistryMeta):
    def run(self):
        return f"{type(self).__name__} running"

class Alpha(Plugin):
    pass
class Beta(Plugin, key="b"):
    pass
class Gamma(Beta, key="g", extra=1):
    pass

for k in sorted(RegistryMeta.registry):
    print(k, RegistryMeta.registry[k].__name__, RegistryMeta.registry[k].kw)
print(RegistryMeta.registry["b"]().run())
print(type(Gamma).__name__, isinstance(Gamma, RegistryMeta), type(Plugin) is RegistryMeta)
print([c.__name__ for c in Gamma.__mro__])
try:
    RegistryMeta.registry["missing"]
except KeyError as e:
    print(type(e).__name__, e)
