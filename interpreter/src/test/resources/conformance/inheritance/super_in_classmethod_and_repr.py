class Base:
    @classmethod
    def create(cls):
        return cls()
    def tag(self):
        return f'<{type(self).__name__}>'
    def __repr__(self):
        return self.tag()
class Child(Base):
    @classmethod
    def create(cls):
        obj = super().create()
        obj.extra = True
        return obj
    def tag(self):
        return super().tag() + '+child'
c = Child.create()
print(c, c.extra, Base.create())
print([Child(), Base()], repr(c))
print(type(Child.create()).__name__, hasattr(Base.create(), 'extra'))
