from collections import Counter
c = Counter('aab')
print(c['a'] + c['missing'])
print(c + 5)
