import secrets

ok = True
for n in [1, 2, 3, 10, 1000, 2**31, 2**64 + 1, 10**40]:
    for _ in range(50):
        r = secrets.randbelow(n)
        ok = ok and type(r) is int and 0 <= r < n
print('randbelow in range:', ok)
ok = True
for k in [1, 7, 8, 32, 64, 65, 200]:
    for _ in range(50):
        r = secrets.randbits(k)
        ok = ok and 0 <= r < 2**k
print('randbits in range:', ok)
print(secrets.randbits(0))
items = ['rock', 'paper', 'scissors']
print(all(secrets.choice(items) in items for _ in range(100)))
print(all(secrets.choice(range(5, 10)) in range(5, 10) for _ in range(100)))
print(len({secrets.randbelow(1000) for _ in range(200)}) > 50)
