class Plugin:
    registry = {}

    def __init_subclass__(cls, **kwargs):
        super().__init_subclass__(**kwargs)
        Plugin.registry[cls.__name__.lower()] = cls
        print("registered", cls.__name__)


class Csv(Plugin):
    pass


class Json(Plugin):
    pass


class PrettyJson(Json):
    pass


print(sorted(Plugin.registry))


class Box:
    def __class_getitem__(cls, item):
        return f"{cls.__name__}[{item.__name__ if isinstance(item, type) else item}]"


print(Box[int], Box["x"], Box[str])
print(list[int], dict[str, list[int]], tuple[int, ...])
print(type(list[int]).__name__)
alias = list[int]
print(alias(), alias("ab"))


class Validated:
    required = ()

    def __init_subclass__(cls):
        for name in cls.required:
            if not hasattr(cls, name):
                raise TypeError(f"{cls.__name__} must define {name}")


class Good(Validated):
    required = ("run",)

    def run(self):
        return "ok"


try:
    class Bad(Validated):
        required = ("run",)
except TypeError as e:
    print("TypeError", e)
print(Good().run())
