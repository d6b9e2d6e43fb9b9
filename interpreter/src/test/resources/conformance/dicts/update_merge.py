a = {'x': 1, 'y': 2}
a.update({'y': 20, 'z': 30})
print(a)
a.update([('w', 0), ('x', 100)])
print(a)
a.update(k=5)
print(a)
b = {**a, 'x': -1, **{'new': True}}
print(b)
print(dict(a, y='over'))
