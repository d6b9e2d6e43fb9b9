# inheritance chains with super()
def show(label, fn):
    try:
        print(label, "->", repr(fn()))
    except Exception as e:
        print(label, "!!", type(e).__name__ + ":", e)


class Shape:
    def area(self):
        raise NotImplementedError(f"{type(self).__name__} must implement area")

    def describe(self):
        return f"{type(self).__name__} with area {self.area()}"


class Rect(Shape):
    def __init__(self, w, h):
        self.w, self.h = w, h

    def area(self):
        return self.w * self.h


class Square(Rect):
    def __init__(self, side):
        super().__init__(side, side)

    def describe(self):
        return "square: " + super().describe()


class LoggedSquare(Square):
    log = []

    def area(self):
        result = super().area()
        LoggedSquare.log.append(result)
        return result


class Hello:
    def greet(self):
        return "hello"


class Polite(Hello):
    def greet(self):
        return "please, " + super().greet()


class Loud(Hello):
    def greet(self):
        return super().greet().upper() + "!"


class Mixed(Polite, Loud):
    pass

show('Square(3).area(), Square(3).describe()', lambda: (Square(3).area(), Square(3).describe()))
show('Rect(2, 5).describe()', lambda: (Rect(2, 5).describe()))
show('[c.__name__ for c in Square.__mro__]', lambda: ([c.__name__ for c in Square.__mro__]))
show('isinstance(Square(1), Rect), issubclass(Square, Shape)', lambda: (isinstance(Square(1), Rect), issubclass(Square, Shape)))
show('Shape().area()', lambda: (Shape().area()))
show('LoggedSquare(2).area(), LoggedSquare.log', lambda: (LoggedSquare(2).area(), LoggedSquare.log))
show('Mixed().greet()', lambda: (Mixed().greet()))
