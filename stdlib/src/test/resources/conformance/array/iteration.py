from array import array
a = array('f', [0.5, 1.5, 2.25])
print(list(a), [x * 2 for x in a], sum(a), max(a), min(a), sorted(a, reverse=True), list(reversed(a)), list(enumerate(a)))
it = iter(a)
print(next(it), next(it), list(it), list(zip(a, array('b', [1, 2]))))
print(list(array('u', 'xyz')), ''.join(array('u', 'hi')), any(array('i', [0, 0])), all(array('i', [1, 2])))
