import csv

data = 'id,text\r\n1,"line one\r\nline two"\r\n2,"a\nb\nc"\r\n3,plain\r\n4,"ends with newline\n"\r\n'
r = csv.reader(data.splitlines(True))
for row in r:
    print(r.line_num, row)
r = csv.reader(['"a', 'b"', 'c'])
for row in r:
    print(r.line_num, row)
for bad in [['a\nb'], ['a\rb'], ['x,y\nz']]:
    try:
        print(list(csv.reader(bad)))
    except csv.Error as e:
        print('Error', e)
print(list(csv.reader(['', '\n', '\r\n', 'x'])))
