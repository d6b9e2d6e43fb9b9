prices = {'apple': 1.2, 'pear': 0.8, 'kiwi': 2.5}
for name in prices:
    print(name, end=' ')
print()
for name, p in sorted(prices.items(), key=lambda kv: kv[1]):
    print(f'{name}={p}')
total = 0
for p in prices.values():
    total += p
print(round(total, 2))
inverted = {v: k for k, v in prices.items()}
print(inverted)
print(max(prices, key=lambda k: prices[k]))
