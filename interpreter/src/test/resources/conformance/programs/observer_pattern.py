# Observer / event-bus pattern with weak coupling, priorities and unsubscribe


class EventBus:
    def __init__(self):
        self._subs = {}

    def subscribe(self, topic, handler, priority=0):
        self._subs.setdefault(topic, []).append((priority, len(self._subs.get(topic, [])), handler))
        self._subs[topic].sort(key=lambda t: (-t[0], t[1]))

        def unsubscribe():
            self._subs[topic] = [s for s in self._subs[topic] if s[2] is not handler]
        return unsubscribe

    def publish(self, topic, **data):
        results = []
        for prio, _, handler in list(self._subs.get(topic, [])):
            try:
                r = handler(**data)
            except StopPropagation as stop:
                results.append(f"stopped: {stop}")
                break
            except Exception as e:
                results.append(f"{handler.__name__} failed: {type(e).__name__}: {e}")
                continue
            results.append(r)
        return results


class StopPropagation(Exception):
    pass


bus = EventBus()
audit = []


def log_order(order_id, amount):
    audit.append(order_id)
    return f"logged {order_id}"


def check_fraud(order_id, amount):
    if amount > 1000:
        raise StopPropagation(f"order {order_id} flagged")
    return "fraud ok"


def send_email(order_id, amount):
    return f"emailed receipt for {amount:.2f}"


def broken(order_id, amount):
    return 1 / 0


unsub_email = bus.subscribe("order", send_email)
bus.subscribe("order", log_order, priority=10)
bus.subscribe("order", check_fraud, priority=5)
bus.subscribe("order", broken, priority=1)
print(bus.publish("order", order_id=1, amount=25.5))
print(bus.publish("order", order_id=2, amount=5000))
unsub_email()
print(bus.publish("order", order_id=3, amount=10))
print(bus.publish("nobody-listens"))
try:
    bus.publish("order", order_id=4)
except TypeError as e:
    print("TypeError:", e)
print(audit)
