import abc
from contextlib import AbstractContextManager, ExitStack, suppress, nullcontext, closing

class NoExit(AbstractContextManager):
    pass

try:
    NoExit()
except TypeError as e:
    print("TypeError", e)

class WithExit(NoExit):
    def __exit__(self, *exc):
        return None

with WithExit() as w:
    print(type(w).__name__)

print(sorted(AbstractContextManager.__abstractmethods__))
for cls in (ExitStack, suppress, nullcontext, closing):
    print(cls.__name__, sorted(cls.__abstractmethods__), isinstance(cls, abc.ABCMeta))
print(type(AbstractContextManager).__name__)

class Registered:
    pass
AbstractContextManager.register(Registered)
print(issubclass(Registered, AbstractContextManager))
