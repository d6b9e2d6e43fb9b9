import csv

# A reader keeps its line count across errors and can continue after one.
r = csv.reader(['a,b', 'c"d,"e"x', 'f,g', '"h', 'i'], strict=True)
while True:
    try:
        row = next(r)
        print(r.line_num, row)
    except csv.Error as e:
        print(r.line_num, 'Error', e)
    except StopIteration:
        print('done', r.line_num)
        break

def gen():
    yield 'x,y'
    yield 'z'
    raise ValueError('source failed')
r = csv.reader(gen())
try:
    for row in r:
        print(row)
except ValueError as e:
    print('ValueError', e, r.line_num)

r = csv.reader(['1,2'])
print(type(r).__name__, iter(r) is r, r.dialect.delimiter)
print(next(r))
try:
    next(r)
except StopIteration:
    print('StopIteration')
print(list(csv.reader(['a,b'], quoting=csv.QUOTE_ALL)))
print(list(csv.reader(['a\x00b,c'])))
