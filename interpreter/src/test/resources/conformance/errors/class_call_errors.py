class NoInit:
    pass
class WithInit:
    def __init__(self, x):
        self.x = x
    def method(self, a):
        return a
cases = [lambda: NoInit(1), lambda: WithInit(), lambda: WithInit(1, 2), lambda: WithInit(1).method(),
         lambda: WithInit(1).method(1, 2), lambda: WithInit(y=1)]
for c in cases:
    try:
        c()
    except TypeError as e:
        print(e)
