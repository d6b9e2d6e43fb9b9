from enum import Enum, auto

class State(Enum):
    IDLE = auto()
    RUNNING = auto()
    PAUSED = auto()
    DONE = auto()

class Event(Enum):
    START = "start"
    PAUSE = "pause"
    RESUME = "resume"
    FINISH = "finish"
    RESET = "reset"

TRANSITIONS = {
    (State.IDLE, Event.START): State.RUNNING,
    (State.RUNNING, Event.PAUSE): State.PAUSED,
    (State.PAUSED, Event.RESUME): State.RUNNING,
    (State.RUNNING, Event.FINISH): State.DONE,
    (State.DONE, Event.RESET): State.IDLE,
}

class Machine:
    def __init__(self):
        self.state = State.IDLE
        self.log = []

    def fire(self, event_name):
        try:
            event = Event(event_name)
        except ValueError as e:
            self.log.append(f"bad event: {e}")
            return
        new = TRANSITIONS.get((self.state, event))
        if new is None:
            self.log.append(f"{event.value!r} ignored in {self.state.name}")
            return
        self.log.append(f"{self.state.name} --{event.value}--> {new.name}")
        self.state = new

m = Machine()
for ev in ["start", "pause", "finish", "resume", "finish", "jump", "reset", "start"]:
    m.fire(ev)
print("\n".join(m.log))
print("final:", m.state, repr(m.state))
reachable = {dst for (_, _), dst in TRANSITIONS.items()}
print(sorted(s.name for s in reachable), [s.name for s in State if s not in reachable])
by_state = {}
for (src, ev), dst in TRANSITIONS.items():
    by_state.setdefault(src, []).append(ev.name)
for s in State:
    print(f"{s.name:8} {by_state.get(s, [])}")
