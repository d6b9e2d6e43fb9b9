print({x % 5 for x in range(20)})
print({abs(x) for x in [-3, -2, 2, 3, 0]})
print(sorted({len(w) for w in ['a', 'bb', 'cc', 'ddd']}))
s = {x * y for x in range(1, 4) for y in range(1, 4)}
print(sorted(s), len(s))
