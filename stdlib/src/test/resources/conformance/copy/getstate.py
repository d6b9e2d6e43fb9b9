# copy and deepcopy take the state from a class's own __getstate__
import copy


class Conn:
    def __init__(self, host):
        self.host = host
        self.socket = "open-socket"
        self.log = ["created"]

    def __getstate__(self):
        state = dict(self.__dict__)
        del state["socket"]
        return state

    def __setstate__(self, state):
        self.__dict__.update(state)
        self.socket = None


c = Conn("db")
for clone in (copy.copy(c), copy.deepcopy(c)):
    print(clone.host, clone.socket, clone.log, clone.log is c.log)


class Pairish:
    def __init__(self, a, b):
        self.a, self.b = a, b

    def __getstate__(self):
        return [self.a, self.b]

    def __setstate__(self, state):
        self.a, self.b = state
        self.restored = True


p = copy.deepcopy(Pairish([1], 2))
print(p.a, p.b, p.restored)


class NoSet:
    def __init__(self):
        self.x = 1
        self.y = 2

    def __getstate__(self):
        return {"x": self.x * 10}


n = copy.copy(NoSet())
print(vars(n))
