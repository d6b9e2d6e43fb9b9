import csv

lines = [
    'name,age,city',
    'Alice,30,"New York, NY"',
    '"Bob ""The Builder""",45,London',
    ',,',
    '',
    'single',
    '"quoted only"',
    '"",""',
    'trailing,comma,',
    '  spaced , fields  ,x',
    'a"b,c"d,"e"f',
    '"unterminated, field',
]
r = csv.reader(lines)
for row in r:
    print(r.line_num, row)
print(r.line_num)
print(list(csv.reader([])))
print(list(csv.reader(['a,b\r\n', 'c,d\n', 'e,f\r'])))
print(list(csv.reader(iter(['x,y', 'z']))))
print(list(csv.reader(('1,2', '3,4'))))
print(list(csv.reader(['\u00e9t\u00e9,\u65e5\u672c,\U0001F600'])))
