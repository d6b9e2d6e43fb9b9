import csv

class Sink:
    def __init__(self):
        self.out = []
    def write(self, s):
        self.out.append(s)
        return len(s)

s = Sink()
w = csv.DictWriter(s, fieldnames=['id', 'name', 'note'])
print(w.writeheader())
print(w.writerow({'id': 1, 'name': 'Ann', 'note': 'a,b'}))
print(w.writerow({'id': 2, 'name': 'Bob'}))
print(w.writerows([{'id': 3}, {'name': 'Q"uote'}]))
print(s.out)
try:
    w.writerow({'id': 4, 'bogus': 1})
except ValueError as e:
    print('ValueError', e)

s = Sink()
w = csv.DictWriter(s, ['a', 'b'], restval='NA', extrasaction='ignore', delimiter='|')
w.writeheader()
w.writerow({'a': 1, 'zzz': 2})
w.writerow({'b': None})
print(s.out, w.extrasaction, w.restval, w.fieldnames)

s = Sink()
w = csv.DictWriter(s, ['x', 'y'], extrasaction='IGNORE', quoting=csv.QUOTE_ALL)
w.writerow({'x': 1, 'extra': 3})
print(s.out)
try:
    csv.DictWriter(s, ['a'], extrasaction='drop')
except ValueError as e:
    print('ValueError', e)
s = Sink()
w = csv.DictWriter(s, ('t', 'u'), dialect='unix')
w.writeheader()
w.writerow({'t': 'x', 'u': 'y'})
print(s.out)
print(type(w.writer).__name__)
