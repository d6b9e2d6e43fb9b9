data = [5, 3, 5, 1, 3, 9, 1]
seen = set()
unique = []
for x in data:
    if x not in seen:
        seen.add(x)
        unique.append(x)
print(unique)
print(sorted(set(data)), len(set(data)))
print(list({x: None for x in data}))
