class Base:
    def __init__(self):
        self._name = 'base'
    @property
    def name(self):
        return self._name.upper()
class Child(Base):
    @property
    def name(self):
        return 'child of ' + super().name
print(Base().name, Child().name)
print(hasattr(Child(), 'name'), getattr(Child(), 'name'))
