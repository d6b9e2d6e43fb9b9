class Countdown:
    def __init__(self, start):
        self.start = start

    def __iter__(self):
        return CountdownIter(self.start)


class CountdownIter:
    def __init__(self, n):
        self.n = n

    def __iter__(self):
        return self

    def __next__(self):
        if self.n <= 0:
            raise StopIteration
        self.n -= 1
        return self.n + 1


c = Countdown(3)
print(list(c), list(c))
print(sum(c), max(c), sorted(c))
it = iter(c)
print(next(it), next(it), next(it), next(it, "done"))
a, b, c2 = Countdown(3)
print(a, b, c2)
print(*Countdown(4))
print(3 in Countdown(5), 9 in Countdown(5))
print(dict(zip(Countdown(3), "xyz")))


class NotIter:
    pass


try:
    iter(NotIter())
except TypeError as e:
    print("TypeError", e)
try:
    for x in 5:
        pass
except TypeError as e:
    print("TypeError", e)


class BadIter:
    def __iter__(self):
        return 42


try:
    iter(BadIter())
except TypeError as e:
    print("TypeError", e)


class Seq:
    def __getitem__(self, i):
        if i >= 4:
            raise IndexError(i)
        return i * i


print(list(Seq()), 9 in Seq())
try:
    next(NotIter())
except TypeError as e:
    print("TypeError", e)
