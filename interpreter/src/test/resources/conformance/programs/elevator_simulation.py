# An elevator controller simulation with request queues and a step log


class Elevator:
    def __init__(self, floors):
        self.floors = floors
        self.floor = 0
        self.direction = 0
        self.requests = set()
        self.log = []

    def request(self, floor):
        if not 0 <= floor < self.floors:
            raise ValueError(f"floor {floor} does not exist")
        self.requests.add(floor)

    def step(self):
        if not self.requests:
            self.direction = 0
            return False
        if self.floor in self.requests:
            self.requests.discard(self.floor)
            self.log.append(f"stop at {self.floor}")
            return True
        ahead = [f for f in self.requests if (f - self.floor) * self.direction > 0]
        if self.direction == 0 or not ahead:
            nearest = min(self.requests, key=lambda f: (abs(f - self.floor), f))
            self.direction = 1 if nearest > self.floor else -1
        self.floor += self.direction
        self.log.append(f"move {'up' if self.direction > 0 else 'down'} to {self.floor}")
        return True

    def run(self, max_steps=50):
        steps = 0
        while self.step():
            steps += 1
            if steps >= max_steps:
                raise RuntimeError("elevator did not settle")
        return steps


e = Elevator(10)
for f in [5, 2, 8]:
    e.request(f)
print("steps:", e.run())
print("\n".join(e.log))
e.log.clear()
e.request(0)
e.request(9)
e.request(3)
print("steps:", e.run(), "final floor:", e.floor)
print(e.log)
try:
    e.request(12)
except ValueError as err:
    print("ValueError:", err)
