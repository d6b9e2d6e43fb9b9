# class attribute lookup and shadowing
def show(label, fn):
    try:
        print(label, "->", repr(fn()))
    except Exception as e:
        print(label, "!!", type(e).__name__ + ":", e)


class Base:
    kind = "base"
    count = 0

    @classmethod
    def counter(cls):
        cls.count += 1
        return cls.__name__, cls.count

    @classmethod
    def describe(cls):
        return f"{cls.__name__} of kind {cls.kind}"


class Child(Base):
    kind = "child"


def inst_shadow():
    c = Child()
    c.kind = "instance"
    d = Child()
    return c.kind, d.kind, Child.kind


class Outer:
    class Inner:
        def where(self):
            return type(self).__qualname__

show('Base.kind, Child.kind, Child().kind', lambda: (Base.kind, Child.kind, Child().kind))
show('Child.counter(), Child.counter(), Base.counter()', lambda: (Child.counter(), Child.counter(), Base.counter()))
show('inst_shadow()', lambda: (inst_shadow()))
show('Child.describe()', lambda: (Child.describe()))
show('Base.__dict__["kind"], "kind" in Child.__dict__', lambda: (Base.__dict__["kind"], "kind" in Child.__dict__))
show('getattr(Child, "missing", "default")', lambda: (getattr(Child, "missing", "default")))
show('Child.__name__, Child.__qualname__, Child.__module__', lambda: (Child.__name__, Child.__qualname__, Child.__module__))
show('Outer.Inner.__qualname__, Outer.Inner().where()', lambda: (Outer.Inner.__qualname__, Outer.Inner().where()))
show('[k for k in ("kind", "counter", "x") if hasattr(Child, k)]', lambda: ([k for k in ("kind", "counter", "x") if hasattr(Child, k)]))
