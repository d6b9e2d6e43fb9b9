a = {1, 2, 3}
alias = a
a |= {4}
print(a, alias is a)
a &= {2, 3, 4, 5}
print(a)
a -= {3}
print(a)
a ^= {4, 6}
print(a, alias)
b = frozenset({1})
c = b
b |= {2}
print(b, c)
