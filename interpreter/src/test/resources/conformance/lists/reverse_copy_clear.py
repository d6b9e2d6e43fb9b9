a = [1, 2, 3]
b = a.copy()
c = a
a.reverse()
print(a, b, c)
print(b is a, c is a)
c.clear()
print(a, b, c, len(a))
nested = [[1], [2]]
shallow = nested.copy()
shallow[0].append(99)
shallow[1] = 'replaced'
print(nested, shallow)
print(list(reversed([1, 2, 3])), [1, 2, 3][::-1])
