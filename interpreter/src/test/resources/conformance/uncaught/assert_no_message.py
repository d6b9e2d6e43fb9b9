x = [1, 2]
assert len(x) == 2
print('first assert passed')
assert x, 'non-empty list is truthy'
print('second assert passed')
assert len(x) == 3
print('never printed')
