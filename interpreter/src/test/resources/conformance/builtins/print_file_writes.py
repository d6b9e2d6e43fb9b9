class Recorder:
    def __init__(self):
        self.calls = []
        self.flushes = 0
    def write(self, s):
        self.calls.append(s)
    def flush(self):
        self.flushes += 1

r = Recorder()
print("a", 1, 2.5, sep="-", end="!\n", file=r)
print(file=r)
print("x", file=r, flush=True)
print(r.calls, r.flushes)

class Boom:
    def __str__(self):
        raise ValueError("no str")

r2 = Recorder()
try:
    print("first", Boom(), file=r2)
except ValueError as e:
    print("ValueError", e, r2.calls)
