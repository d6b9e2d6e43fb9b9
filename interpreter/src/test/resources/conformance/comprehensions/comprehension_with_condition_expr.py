data = [5, -2, 0, 7, -8]
print(['pos' if d > 0 else 'neg' if d < 0 else 'zero' for d in data])
print([d for d in data if d])
print([d * 10 for d in data if d > 0 if d < 7])
print({d: ('even' if d % 2 == 0 else 'odd') for d in data})
