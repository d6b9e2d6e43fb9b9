import csv

class Sink:
    def write(self, s):
        print(repr(s))

row = ['text', 'with,comma', 'q"uote', 3, 4.5, None, '', True, 'sp ace']
for name in ['QUOTE_MINIMAL', 'QUOTE_ALL', 'QUOTE_NONNUMERIC', 'QUOTE_NONE']:
    q = getattr(csv, name)
    print(name, q)
    w = csv.writer(Sink(), quoting=q, escapechar='\\')
    w.writerow(row)
    w.writerow(['a\\b', 'plain'])
try:
    csv.writer(Sink(), quoting=csv.QUOTE_NONE).writerow(['a,b'])
except csv.Error as e:
    print('Error', e)
try:
    csv.writer(Sink(), quoting=csv.QUOTE_NONE).writerow([''])
except csv.Error as e:
    print('Error', e)
try:
    csv.writer(Sink(), doublequote=False).writerow(['a"b'])
except csv.Error as e:
    print('Error', e)
csv.writer(Sink(), doublequote=False, escapechar='\\').writerow(['a"b', 'c\\d', 'e,f'])
csv.writer(Sink(), quoting=csv.QUOTE_NONE, escapechar='\\').writerow(['a"b', 'c\\d', 'e,f', 'g\r\nh'])
csv.writer(Sink(), lineterminator='\n').writerow(['a\rb', 'c\nd'])
csv.writer(Sink(), lineterminator='!').writerow(['a!b', 'c'])
csv.writer(Sink(), delimiter=';', quotechar="'").writerow(["it's", 'a;b', 'a,b'])
csv.writer(Sink(), quotechar=None, quoting=csv.QUOTE_NONE, escapechar='$').writerow(['a"b', 'x,y'])
csv.writer(Sink(), delimiter=' ', skipinitialspace=True).writerow(['', 'a', ''])
csv.writer(Sink(), quoting=csv.QUOTE_NONNUMERIC).writerow([1, '1', 1.0, 'x', None, False])
