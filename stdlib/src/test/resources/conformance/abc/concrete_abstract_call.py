from abc import ABC, abstractmethod

class Base(ABC):
    @abstractmethod
    def greet(self):
        return "base greeting"

class Child(Base):
    def greet(self):
        return "child + " + super().greet()

print(Child().greet())
print(Base.greet.__isabstractmethod__)
print(getattr(Child.greet, "__isabstractmethod__", False))

@abstractmethod
def standalone():
    return 1
print(standalone(), standalone.__isabstractmethod__)
