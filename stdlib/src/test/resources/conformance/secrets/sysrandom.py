import secrets
import random
import hmac

print(secrets.SystemRandom is random.SystemRandom)
rng = secrets.SystemRandom()
print(isinstance(rng, random.Random))
x = rng.random()
print(type(x).__name__, 0.0 <= x < 1.0)
print(rng.randint(1, 1), rng.choice(['only']))
deck = list(range(10))
rng.shuffle(deck)
print(sorted(deck) == list(range(10)))
print(secrets.compare_digest(b'abc', b'abc'), secrets.compare_digest('abc', 'abd'))
print(secrets.compare_digest is hmac.compare_digest)
