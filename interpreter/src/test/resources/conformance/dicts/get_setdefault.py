d = {'x': 1}
print(d.get('x'), d.get('y'), d.get('y', 0), d.get('x', 99))
print(d.setdefault('x', 5), d.setdefault('y', 7), d.setdefault('z'))
print(d)
groups = {}
for word in ['apple', 'avocado', 'banana', 'blueberry', 'cherry']:
    groups.setdefault(word[0], []).append(word)
print(groups)
