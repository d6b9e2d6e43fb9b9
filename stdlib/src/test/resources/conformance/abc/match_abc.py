from abc import ABC, abstractmethod

class Expr(ABC):
    @abstractmethod
    def eval(self): ...

class Num(Expr):
    __match_args__ = ("value",)
    def __init__(self, value):
        self.value = value
    def eval(self):
        return self.value

class Add(Expr):
    __match_args__ = ("left", "right")
    def __init__(self, left, right):
        self.left, self.right = left, right
    def eval(self):
        return self.left.eval() + self.right.eval()

def show(e):
    match e:
        case Num(v):
            return str(v)
        case Add(l, r):
            return "(" + show(l) + " + " + show(r) + ")"
        case Expr():
            return "?"

tree = Add(Num(1), Add(Num(2), Num(3)))
print(show(tree), "=", tree.eval())

Expr.register(int)
match 5:
    case Expr():
        print("int counts as Expr")
