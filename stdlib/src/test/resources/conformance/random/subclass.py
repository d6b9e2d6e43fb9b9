import random

class Dice(random.Random):
    def roll(self):
        return self.randint(1, 6)

class Counting(random.Random):
    def __init__(self, seed):
        super().__init__(seed)
        self.calls = 0
    def random(self):
        self.calls += 1
        return super().random()

d = Dice(4)
print([d.roll() for _ in range(10)], isinstance(d, random.Random))
c = Counting(4)
print(c.uniform(0, 1), c.calls)
print(c.choices("ab", k=3), c.calls)
print(type(d).__name__, Dice.__mro__[1].__name__)
