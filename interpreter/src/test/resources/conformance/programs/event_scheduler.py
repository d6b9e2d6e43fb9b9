# A discrete event simulation of a print queue using a sorted agenda


class Event:
    counter = 0

    def __init__(self, time, kind, payload=None):
        Event.counter += 1
        self.seq = Event.counter
        self.time = time
        self.kind = kind
        self.payload = payload

    def __lt__(self, other):
        return (self.time, self.seq) < (other.time, other.seq)

    def __repr__(self):
        return f"Event({self.time}, {self.kind!r})"


class Simulation:
    def __init__(self):
        self.agenda = []
        self.now = 0
        self.queue = []
        self.busy = False
        self.done = []
        self.log = []

    def schedule(self, delay, kind, payload=None):
        ev = Event(self.now + delay, kind, payload)
        self.agenda.append(ev)
        self.agenda.sort()

    def run(self, until):
        while self.agenda and self.agenda[0].time <= until:
            ev = self.agenda.pop(0)
            self.now = ev.time
            getattr(self, "on_" + ev.kind)(ev.payload)
        return self

    def on_submit(self, job):
        self.log.append(f"t={self.now:>3} submit {job[0]} ({job[1]} pages)")
        self.queue.append(job)
        if not self.busy:
            self.start_next()

    def start_next(self):
        if not self.queue:
            self.busy = False
            return
        self.busy = True
        job = self.queue.pop(0)
        self.log.append(f"t={self.now:>3} start  {job[0]}")
        self.schedule(job[1] * 2, "finish", job)

    def on_finish(self, job):
        self.log.append(f"t={self.now:>3} finish {job[0]}")
        self.done.append((job[0], self.now))
        self.start_next()


sim = Simulation()
for t, name, pages in [(0, "report", 5), (1, "memo", 1), (3, "thesis", 20), (30, "flyer", 2)]:
    sim.now = t
    sim.schedule(0, "submit", (name, pages))
sim.now = 0
sim.run(until=100)
print("\n".join(sim.log))
print(sim.done)
waits = {name: end for name, end in sim.done}
print(max(waits, key=waits.get), sum(waits.values()) / len(waits))
