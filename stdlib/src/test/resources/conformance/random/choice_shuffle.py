import random
r = random.Random(99)
print([r.choice(range(1000)) for _ in range(8)])
print(r.choice("xyz"), r.choice((1, 2, 3)), r.choice([None]))
for n in [0, 1, 2, 5, 52]:
    deck = list(range(n))
    r.shuffle(deck)
    print(deck)
