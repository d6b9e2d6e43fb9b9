class DuckMeta(type):
    def __instancecheck__(cls, obj):
        return hasattr(obj, "quack")
class Quacker(metaclass=DuckMeta):
    pass
print(isinstance(ValueError("x"), Quacker))
try:
    raise ValueError("x")
except Quacker:
    print("caught as Quacker?")
except ValueError as e:
    print("ValueError:", e)
