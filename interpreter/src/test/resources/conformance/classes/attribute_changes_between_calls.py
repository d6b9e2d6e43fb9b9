# Attribute reads, writes and method calls repeated at the same place in the code while classes,
# bases and instances change between the repetitions: every change must be seen at once.


class Base:
    def greet(self):
        return "base"


class Child(Base):
    pass


def call_greet(o):
    return o.greet()


def read_attr(o):
    return o.value


def write_attr(o, v):
    o.value = v


def bump(o):
    o.count += 1
    return o.count


c = Child()
out = []
for step in range(8):
    if step == 2:
        Base.greet = lambda self: "patched base"
    if step == 3:
        Child.greet = lambda self: "child"
    if step == 4:
        c.greet = lambda: "instance"
    if step == 5:
        del c.greet
    if step == 6:
        del Child.greet
    if step == 7:
        Base.greet = lambda self: "base again"
    out.append(call_greet(c))
print(out)

# a plain attribute that becomes a property, then a data descriptor, then goes away
class P:
    pass


p = P()
seen = []
for step in range(7):
    if step == 0:
        p.value = "instance"
    if step == 2:
        P.value = property(lambda self: "property")
    if step == 3:
        del P.value
    if step == 4:
        class Desc:
            def __get__(self, obj, typ):
                return "descriptor"

            def __set__(self, obj, v):
                obj.__dict__["set_by_descriptor"] = v
        P.value = Desc()
    if step == 5:
        del P.value
    if step == 6:
        del p.value
    try:
        seen.append(read_attr(p))
    except AttributeError as e:
        seen.append("AttributeError: " + str(e))
print(seen)

# writes: plain, then through a property setter, a __setattr__ override, a read-only property
class W:
    pass


w = W()
log = []
for step in range(6):
    if step == 2:
        W.value = property(lambda self: self._v, lambda self, v: log.append(("setter", v)))
    if step == 3:
        del W.value
        W.__setattr__ = lambda self, k, v: log.append(("__setattr__", k, v))
    if step == 4:
        del W.__setattr__
        W.value = property(lambda self: 1)
    if step == 5:
        del W.value
    try:
        write_attr(w, step)
        log.append(("dict", w.__dict__.get("value")))
    except AttributeError:
        log.append(("AttributeError",))
print(log)

# augmented attribute assignment with a class-level default, then per-instance values
class Counter:
    count = 0


a, b = Counter(), Counter()
print([bump(a) for _ in range(3)], bump(b), Counter.count)
Counter.count = 10
print(bump(Counter()), bump(a))
Counter.count = property(lambda self: 100, lambda self, v: None)
print(bump(a), bump(b))

# the same call site reaching instances of different classes, and a base class gaining a method
class A:
    def m(self):
        return "A.m"


class B:
    def m(self):
        return "B.m"


class C(B):
    pass


objs = [A(), B(), C(), A(), C()]
print([o.m() for o in objs])
B.m = lambda self: "B.m2"
print([o.m() for o in objs])
C.m = lambda self: "C.m"
A.m = staticmethod(lambda: "static")
print([o.m() for o in objs])
del C.m
print([o.m() for o in objs])

# class attribute shared by instances, changed through the class while being read
class Shape:
    sides = 0

    def describe(self):
        return self.sides


class Square(Shape):
    pass


sq = Square()
res = []
for n in range(4):
    Shape.sides = n
    res.append(sq.describe())
Square.sides = 4
res.append(sq.describe())
sq.sides = 5
res.append(sq.describe())
print(res)
