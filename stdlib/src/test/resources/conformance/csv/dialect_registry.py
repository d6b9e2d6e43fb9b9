import csv

print(csv.list_dialects())
for name in csv.list_dialects():
    d = csv.get_dialect(name)
    print(name, repr(d.delimiter), repr(d.quotechar), repr(d.lineterminator), d.quoting,
          d.doublequote, d.skipinitialspace, d.strict, d.escapechar)
csv.register_dialect('pipes', delimiter='|', quoting=csv.QUOTE_ALL)
csv.register_dialect('semi', 'excel', delimiter=';')
class Tabby(csv.excel):
    delimiter = '\t'
    lineterminator = '\n'
csv.register_dialect('tabby', Tabby)
print(csv.list_dialects())
print(list(csv.reader(['a|"b|c"'], 'pipes')), list(csv.reader(['a;b'], dialect='semi')))
d = csv.get_dialect('tabby')
print(repr(d.delimiter), repr(d.lineterminator), type(d).__name__)
csv.unregister_dialect('pipes')
print(csv.list_dialects())
for f, arg in [(csv.get_dialect, 'pipes'), (csv.unregister_dialect, 'pipes'),
               (csv.get_dialect, 5)]:
    try:
        f(arg)
    except csv.Error as e:
        print('Error', e)
try:
    csv.register_dialect(5)
except TypeError as e:
    print('TypeError', e)
try:
    csv.register_dialect('bad', delimiter='')
except TypeError as e:
    print('TypeError', e)
print('bad' in csv.list_dialects())
csv.register_dialect('pipes', delimiter='!')
print(csv.get_dialect('pipes').delimiter, csv.list_dialects()[-1])
print(isinstance(csv.Error('x'), Exception), csv.Error.__name__, issubclass(csv.Error, Exception))
try:
    raise csv.Error('custom', 1)
except csv.Error as e:
    print(e.args)
try:
    d.delimiter = ';'
except AttributeError:
    print('AttributeError')
