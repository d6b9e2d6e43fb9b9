# dir(obj) returns the sorted result of the class's own __dir__
class Listing:
    def __dir__(self):
        return ['zeta', 'alpha', 'mid']


print(dir(Listing()))


class FromTuple:
    def __dir__(self):
        return ('b', 'a')


print(dir(FromTuple()))


class Mixed:
    def __dir__(self):
        return ['a', 1]


try:
    dir(Mixed())
except TypeError as e:
    print(e)


class Plain:
    x = 1


print([n for n in dir(Plain()) if not n.startswith('__')])
