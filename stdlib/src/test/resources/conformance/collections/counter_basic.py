from collections import Counter
c = Counter('abracadabra')
print(c)
print(c['a'], c['z'], c.most_common(2), c.most_common(), c.total())
print(sorted(c.elements()))
print(Counter({'x': 2, 'y': 5}), Counter(x=1), Counter(), Counter([1, 1, 2]))
words = 'the cat and the hat and the bat'.split()
print(Counter(words).most_common(3))
