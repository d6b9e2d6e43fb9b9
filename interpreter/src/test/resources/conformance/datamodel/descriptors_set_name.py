class Typed:
    def __set_name__(self, owner, name):
        print(f"__set_name__({owner.__name__}, {name!r})")
        self.name = "_" + name

    def __init__(self, kind):
        self.kind = kind

    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return getattr(obj, self.name, None)

    def __set__(self, obj, value):
        if not isinstance(value, self.kind):
            raise TypeError(f"{self.name[1:]} must be {self.kind.__name__}")
        setattr(obj, self.name, value)


class Person:
    name = Typed(str)
    age = Typed(int)

    def __init__(self, name, age):
        self.name = name
        self.age = age


p = Person("Ann", 30)
print(p.name, p.age, type(Person.name).__name__)
try:
    p.age = "old"
except TypeError as e:
    print("TypeError", e)


class NonData:
    def __get__(self, obj, objtype=None):
        return "from descriptor"


class Holder:
    attr = NonData()


h = Holder()
print(h.attr)
h.attr = "instance wins"
print(h.attr, Holder.attr)


class ReadOnly:
    def __get__(self, obj, objtype=None):
        return 42

    def __set__(self, obj, value):
        raise AttributeError("read-only")


class R:
    answer = ReadOnly()


r = R()
try:
    r.answer = 1
except AttributeError as e:
    print("AttributeError", e)
print(r.answer)


class Counted:
    instances = 0

    def __get__(self, obj, objtype):
        return objtype.__name__ if obj is None else "instance of " + objtype.__name__


class Q:
    who = Counted()


print(Q.who, Q().who)


class Method:
    def __init__(self, fn):
        self.fn = fn

    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return lambda *a: self.fn(obj, *a)


class UsesMethod:
    def __init__(self, v):
        self.v = v

    @Method
    def plus(self, n):
        return self.v + n


print(UsesMethod(5).plus(3))
