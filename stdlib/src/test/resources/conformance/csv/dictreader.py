import csv

lines = ['name,score,team', 'ann,10,red', '', 'bob,7', 'cid,3,blue,extra1,extra2', '', '']
d = csv.DictReader(lines)
print(d.line_num, d.fieldnames, d.line_num)
for row in d:
    print(d.line_num, row)
print(d.line_num)

d = csv.DictReader(['1,2,3', '4,5'], fieldnames=['a', 'b'], restkey='more', restval='-')
print(list(d))
d = csv.DictReader(['x;y', '1;2'], delimiter=';')
print(list(d), d.dialect, d.reader.line_num)
d = csv.DictReader([])
print(d.fieldnames, list(d))
d = csv.DictReader(['a,b', '1,2'])
d.fieldnames = ['p', 'q']
print(list(d))
d = csv.DictReader(['a,a,b', '1,2,3'])
print(list(d))
d = csv.DictReader(['k', '"multi', 'line"', 'z'])
for row in d:
    print(d.line_num, row)
print(iter(d) is d)
d = csv.DictReader(['h1\th2', 'v1\tv2'], dialect='excel-tab')
print(next(d))
try:
    next(d)
except StopIteration:
    print('StopIteration')
