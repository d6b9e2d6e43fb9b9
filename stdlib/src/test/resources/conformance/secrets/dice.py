import secrets

# fair dice rolls and a shuffled deck, checked for shape only
rolls = [secrets.randbelow(6) + 1 for _ in range(600)]
print(min(rolls) >= 1, max(rolls) <= 6, len(set(rolls)) == 6)
deck = [f'{r}{s}' for s in 'SHDC' for r in 'A23456789TJQK']
rng = secrets.SystemRandom()
shuffled = deck[:]
rng.shuffle(shuffled)
print(len(shuffled), sorted(shuffled) == sorted(deck))
hand = rng.sample(deck, 5)
print(len(hand), len(set(hand)), all(c in deck for c in hand))
