# A traffic-light and order-workflow state machine with transition tables


class InvalidTransition(Exception):
    pass


class StateMachine:
    def __init__(self, name, initial, transitions):
        self.name = name
        self.state = initial
        self.transitions = transitions
        self.trail = [initial]
        self.listeners = []

    def on_change(self, fn):
        self.listeners.append(fn)
        return fn

    def fire(self, event):
        key = (self.state, event)
        if key not in self.transitions:
            allowed = sorted(e for (s, e) in self.transitions if s == self.state)
            raise InvalidTransition(
                f"{self.name}: cannot {event!r} from {self.state!r}; allowed: {allowed}")
        old, self.state = self.state, self.transitions[key]
        self.trail.append(self.state)
        for fn in self.listeners:
            fn(old, event, self.state)
        return self.state


order = StateMachine("order", "new", {
    ("new", "pay"): "paid",
    ("new", "cancel"): "cancelled",
    ("paid", "ship"): "shipped",
    ("paid", "refund"): "refunded",
    ("shipped", "deliver"): "delivered",
    ("shipped", "lose"): "lost",
    ("lost", "refund"): "refunded",
})


@order.on_change
def log(old, event, new):
    print(f"  {old:>8} --{event}--> {new}")


for ev in ["pay", "ship", "lose", "refund", "ship"]:
    try:
        order.fire(ev)
    except InvalidTransition as e:
        print("error:", e)
print(" -> ".join(order.trail))

lights = ["red", "green", "yellow"]
light = StateMachine("light", "red", {(s, "tick"): lights[(i + 1) % 3] for i, s in enumerate(lights)})
durations = {"red": 3, "green": 2, "yellow": 1}
timeline = []
t = 0
while t < 12:
    timeline.append(f"{t:02d}:{light.state[0].upper()}")
    t += durations[light.state]
    light.fire("tick")
print(" ".join(timeline))
counts = {}
for s in light.trail:
    counts[s] = counts.get(s, 0) + 1
print(counts)
