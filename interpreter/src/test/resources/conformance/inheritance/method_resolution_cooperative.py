# cooperative multiple inheritance
def show(label, fn):
    try:
        print(label, "->", repr(fn()))
    except Exception as e:
        print(label, "!!", type(e).__name__ + ":", e)


class Base:
    def __init__(self):
        self.init_log = ["Base"]

    def hello(self):
        return ["Base"]


class A(Base):
    def __init__(self):
        super().__init__()
        self.init_log.append("A")

    def hello(self):
        return ["A"] + super().hello()


class B(A):
    def __init__(self):
        super().__init__()
        self.init_log.append("B")

    def hello(self):
        return ["B"] + super().hello()


class C(A):
    def __init__(self):
        super().__init__()
        self.init_log.append("C")

    def hello(self):
        return ["C"] + super().hello()


class D(B, C):
    def __init__(self):
        super().__init__()
        self.init_log.append("D")

    def hello(self):
        return ["D"] + super().hello()

show('[c.__name__ for c in D.__mro__]', lambda: ([c.__name__ for c in D.__mro__]))
show('D().hello()', lambda: (D().hello()))
show('D().init_log', lambda: (D().init_log))
show('isinstance(D(), A), issubclass(D, B) and issubclass(D, C)', lambda: (isinstance(D(), A), issubclass(D, B) and issubclass(D, C)))
show('super(B, D()).hello()', lambda: (super(B, D()).hello()))
