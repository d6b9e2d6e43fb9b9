import csv

cases = [
    dict(delimiter=''), dict(delimiter='ab'), dict(delimiter=1), dict(delimiter=None),
    dict(delimiter=b','), dict(quotechar=''), dict(quotechar=1), dict(quotechar=None),
    dict(quotechar=None, quoting=csv.QUOTE_MINIMAL), dict(quotechar=None, quoting=csv.QUOTE_NONE),
    dict(escapechar=''), dict(escapechar=5), dict(escapechar='ab'), dict(escapechar=None),
    dict(lineterminator=5), dict(lineterminator=''), dict(lineterminator=None),
    dict(quoting=7), dict(quoting=-1), dict(quoting='a'), dict(quoting=1.0), dict(quoting=True),
    dict(foo=1), dict(escapechar=','), dict(delimiter='"'), dict(strict=2), dict(doublequote=0),
    dict(skipinitialspace='yes'), dict(delimiter='\U0001F600'), dict(dialect='nope'),
    dict(dialect=5), dict(delimiter=5, quoting='x'), dict(quotechar=5, quoting='x'),
    dict(lineterminator=None, quotechar=None, quoting=0),
]
for kw in cases:
    try:
        d = csv.reader([], **kw).dialect
        print(kw, 'ok', repr(d.delimiter), repr(d.quotechar), repr(d.escapechar),
              repr(d.lineterminator), d.quoting, d.doublequote, d.skipinitialspace, d.strict)
    except (TypeError, csv.Error) as e:
        print(kw, type(e).__name__, e)

class S:
    def write(self, s):
        pass
try:
    csv.writer(S(), delimiter='')
except TypeError as e:
    print('TypeError', e)
try:
    csv.writer(5)
except TypeError as e:
    print('TypeError', e)
try:
    csv.reader(5)
except TypeError as e:
    print('TypeError', e)
try:
    list(csv.reader([5]))
except csv.Error as e:
    print('Error', e)
try:
    list(csv.reader(['a', b'b']))
except csv.Error as e:
    print('Error', e)
try:
    csv.writer(S()).writerow(5)
except csv.Error as e:
    print('Error', e)
