import csv

class Semi(csv.excel):
    delimiter = ';'
    quoting = csv.QUOTE_NONNUMERIC

print(Semi.delimiter, Semi.quotechar, repr(Semi.lineterminator), Semi.quoting)
print(list(csv.reader(['1;"a;b";2'], Semi)))
print(list(csv.reader(['1;"a;b";2'], Semi())))
print(list(csv.reader(['1,"a;b",2'], dialect=Semi, delimiter=',')))
print(csv.excel.delimiter, repr(csv.excel_tab.delimiter), csv.unix_dialect.quoting,
      repr(csv.unix_dialect.lineterminator))
print(issubclass(csv.excel_tab, csv.excel), issubclass(csv.excel, csv.Dialect))
print(csv.Dialect.delimiter, csv.Dialect._valid, csv.excel()._valid, Semi()._valid)
try:
    csv.Dialect()
except csv.Error as e:
    print('Error', e)

class Incomplete(csv.Dialect):
    delimiter = ';'
try:
    Incomplete()
except csv.Error as e:
    print('Error', e)

class NoTerm(csv.Dialect):
    delimiter = ';'
    quotechar = '"'
    quoting = csv.QUOTE_MINIMAL
try:
    NoTerm()
except csv.Error as e:
    print('Error', e)

class BadQuote(csv.excel):
    quoting = 9
try:
    BadQuote()
except csv.Error as e:
    print('Error', e)

class Obj:
    delimiter = ':'
    quotechar = "'"
print(list(csv.reader(["a:'b:c'"], Obj())))

class Sink:
    def write(self, s):
        print(repr(s))
w = csv.writer(Sink(), Semi)
w.writerow([1, 'x', 2.5])
print(w.dialect.delimiter, w.dialect.quoting)
csv.writer(Sink(), csv.unix_dialect).writerow(['a', 1])
csv.writer(Sink(), 'excel-tab').writerow(['a', 'b\tc'])
