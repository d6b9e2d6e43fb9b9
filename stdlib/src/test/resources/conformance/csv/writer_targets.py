import csv

class Counting:
    def __init__(self):
        self.calls = 0
    def write(self, s):
        self.calls += 1
        return 'ret%d' % self.calls

c = Counting()
w = csv.writer(c)
print(w.writerow(['a']), w.writerow(['b']), w.writerows([['c'], ['d']]), c.calls)

lines = []
class ListTarget:
    write = lines.append
csv.writer(ListTarget()).writerow(['via', 'bound method'])
print(lines)

class Boom:
    def write(self, s):
        raise RuntimeError('disk full')
try:
    csv.writer(Boom()).writerow(['x'])
except RuntimeError as e:
    print('RuntimeError', e)

class Weird:
    def __str__(self):
        return 'weird,value'
class Num:
    def __float__(self):
        return 1.0
    def __str__(self):
        return 'num'
out = []
class T:
    def write(self, s):
        out.append(s)
csv.writer(T()).writerow([Weird(), Num()])
csv.writer(T(), quoting=csv.QUOTE_NONNUMERIC).writerow([Weird(), Num(), 2.5])
print(out)
def gen():
    yield 'g1'
    yield 'g2'
csv.writer(T()).writerow(gen())
csv.writer(T()).writerows(([i, i * i] for i in range(3)))
print(out)
try:
    csv.writer(T()).writerows([['ok'], 5])
except csv.Error as e:
    print('Error', e)
print(out[-1])
