d = {'a': 1, 'b': [2]}
print(d.keys())
print(d.values())
print(d.items())
print({}.keys(), {}.items())
print(list(d.items())[1], type(d.keys()).__name__)
