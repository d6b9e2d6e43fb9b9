# overriding and extending dunder methods in subclasses
def show(label, fn):
    try:
        print(label, "->", repr(fn()))
    except Exception as e:
        print(label, "!!", type(e).__name__ + ":", e)


class Animal:
    sound = "..."

    def __init__(self, name):
        self.name = name

    def __str__(self):
        return f"{type(self).__name__.lower()} {self.name}"

    def __eq__(self, other):
        return type(self) is type(other) and self.name == other.name

    def __hash__(self):
        return hash((type(self).__name__, self.name))

    def __lt__(self, other):
        return self.name < other.name

    def speak(self):
        return f"{self.name} says {self.sound}"


class Dog(Animal):
    sound = "woof"

    def __repr__(self):
        return f"Dog({self.name!r})"


class Puppy(Dog):
    def speak(self):
        return super().speak().upper() + "!"

show('str(Animal("rex")), str(Dog("rex")), repr(Dog("rex"))', lambda: (str(Animal("rex")), str(Dog("rex")), repr(Dog("rex"))))
show('Dog("a") == Dog("a"), Dog("a") == Animal("a"), Animal("a") == Dog("a")', lambda: (Dog("a") == Dog("a"), Dog("a") == Animal("a"), Animal("a") == Dog("a")))
show('sorted([Dog("c"), Dog("a"), Dog("b")])', lambda: (sorted([Dog("c"), Dog("a"), Dog("b")])))
show('len({Dog("x"), Dog("x"), Animal("x")})', lambda: (len({Dog("x"), Dog("x"), Animal("x")})))
show('Dog("rex").speak(), Puppy("bit").speak()', lambda: (Dog("rex").speak(), Puppy("bit").speak()))
show('[type(a).__name__ for a in [Animal("x"), Dog("y"), Puppy("z")]]', lambda: ([type(a).__name__ for a in [Animal("x"), Dog("y"), Puppy("z")]]))
