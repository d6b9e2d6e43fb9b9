class TokenBucket:
    def __init__(self, capacity, refill_per_tick):
        self.capacity = capacity
        self.tokens = capacity
        self.refill = refill_per_tick
        self.last = 0

    def allow(self, now, cost=1):
        if now < self.last:
            raise ValueError(f"time went backwards: {now} < {self.last}")
        self.tokens = min(self.capacity, self.tokens + (now - self.last) * self.refill)
        self.last = now
        if self.tokens >= cost:
            self.tokens -= cost
            return True
        return False

class Limiter:
    def __init__(self, **kw):
        self.kw = kw
        self.buckets = {}
        self.stats = {}

    def hit(self, client, now, cost=1):
        bucket = self.buckets.setdefault(client, TokenBucket(**self.kw))
        ok = bucket.allow(now, cost)
        allowed, denied = self.stats.get(client, (0, 0))
        self.stats[client] = (allowed + ok, denied + (not ok))
        return ok

lim = Limiter(capacity=3, refill_per_tick=0.5)
requests = [(0, "a"), (0, "a"), (0, "a"), (0, "a"), (1, "b"), (2, "a"), (2, "a"), (3, "a"),
            (4, "b", 3), (4, "b"), (10, "a", 5), (10, "a", 3)]
for now, client, *cost in requests:
    ok = lim.hit(client, now, *cost)
    tokens = lim.buckets[client].tokens
    print(f"t={now:>2} {client} cost={cost[0] if cost else 1} -> {'OK ' if ok else 'DENY'} tokens={tokens:.1f}")
for client, (a, d) in sorted(lim.stats.items()):
    print(f"{client}: {a} allowed, {d} denied")
try:
    lim.hit("a", 5)
except ValueError as e:
    print(type(e).__name__, e)
