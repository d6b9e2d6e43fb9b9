from abc import ABC, abstractmethod

class Reader(ABC):
    @abstractmethod
    def read(self): ...

class Writer(ABC):
    @abstractmethod
    def write(self, data): ...

class ReadWriter(Reader, Writer):
    pass

print(sorted(ReadWriter.__abstractmethods__))
try:
    ReadWriter()
except TypeError as e:
    print(e)

class Buffer(ReadWriter):
    def __init__(self):
        self.items = []
    def read(self):
        return self.items.pop(0)
    def write(self, data):
        self.items.append(data)

b = Buffer()
b.write("x")
b.write("y")
print(b.read(), b.read())

class Mixin:
    def read(self):
        return "mixin"

class Combined(Mixin, Reader):
    pass
print(Combined().read())

class Reabstract(Buffer):
    @abstractmethod
    def write(self, data): ...
try:
    Reabstract()
except TypeError as e:
    print(e)
