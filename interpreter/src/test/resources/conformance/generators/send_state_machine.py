def turnstile():
    state = "locked"
    events = 0
    while True:
        event = yield state
        events += 1
        match (state, event):
            case ("locked", "coin"):
                state = "unlocked"
            case ("unlocked", "push"):
                state = "locked"
            case ("locked", "push") | ("unlocked", "coin"):
                pass
            case (_, "reset"):
                state = "locked"
            case (_, "off"):
                return events
            case _:
                raise ValueError(f"unknown event {event!r}")

t = turnstile()
print(next(t))
for ev in ["push", "coin", "coin", "push", "coin", "reset"]:
    print(f"{ev:>6} -> {t.send(ev)}")
try:
    t.send("kick")
except ValueError as e:
    print(type(e).__name__, e)
try:
    t.send("coin")
except StopIteration:
    print("machine is dead after error")
t2 = turnstile(); next(t2)
try:
    t2.send("off")
except StopIteration as e:
    print("events handled:", e.value)
try:
    turnstile().send("coin")
except TypeError as e:
    print(type(e).__name__, e)
