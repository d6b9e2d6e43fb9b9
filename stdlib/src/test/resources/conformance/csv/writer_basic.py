import csv

class Sink:
    def __init__(self):
        self.chunks = []
    def write(self, s):
        self.chunks.append(s)
        return len(s)

s = Sink()
w = csv.writer(s)
print(w.writerow(['a', 'b,c', 'd"e', 'f\ng', 'h\ri', ' j ', '']))
print(w.writerow([1, 2.5, -3, True, None, 10**20, 1e100]))
print(w.writerow([]))
print(w.writerow(['']))
print(w.writerow([None]))
print(w.writerow(['', '']))
print(w.writerow(('t', 'u')))
print(w.writerow('xyz'))
print(w.writerow(range(3)))
print(w.writerow(['\u00e9', '\u65e5,\u672c', '\U0001F600']))
print(w.writerows([['r1'], ['r2', 'x'], []]))
print(w.writerows(iter([[1], [2]])))
for c in s.chunks:
    print(repr(c))
