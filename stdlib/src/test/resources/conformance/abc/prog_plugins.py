# A plugin registry built on abc: abstract interface, concrete plugins, virtual plugins.
from abc import ABC, abstractmethod

class Plugin(ABC):
    registry = {}

    def __init_subclass__(cls, **kwargs):
        super().__init_subclass__(**kwargs)
        Plugin.registry[cls.__name__.lower()] = cls

    @property
    @abstractmethod
    def name(self): ...

    @abstractmethod
    def run(self, data): ...

    def __repr__(self):
        return "<plugin %s>" % self.name

class Upper(Plugin):
    name = "upper"
    def run(self, data):
        return data.upper()

class Reverse(Plugin):
    @property
    def name(self):
        return "reverse"
    def run(self, data):
        return data[::-1]

class Broken(Plugin):
    name = "broken"

def pipeline(names, data):
    for n in names:
        try:
            plugin = Plugin.registry[n]()
        except TypeError as e:
            print("skipping", n, "-", e)
            continue
        data = plugin.run(data)
        print(plugin, "->", data)
    return data

print(sorted(Plugin.registry))
print(pipeline(["upper", "broken", "reverse"], "hello abc"))
