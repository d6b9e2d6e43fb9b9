prices = {"apple": 1.25, "pear": "2.10", "fig": 0.5}
total = 0
for name, price in prices.items():
    print("adding", name)
    total += price
print(total)
