import csv

print(csv.field_size_limit())
print(csv.field_size_limit(10))
print(csv.field_size_limit())
print(list(csv.reader(['0123456789,abc'])))
for lines in [['01234567890'], ['"0123456789', '"'], ['a,"01234567\\89"']]:
    try:
        print(list(csv.reader(lines, escapechar='\\')))
    except csv.Error as e:
        print('Error', e)
print(csv.field_size_limit(131072))
print(len(list(csv.reader(['x' * 131072]))[0][0]))
try:
    list(csv.reader(['x' * 131073]))
except csv.Error as e:
    print('Error', e)
try:
    csv.field_size_limit('a')
except TypeError as e:
    print('TypeError', e)
try:
    csv.field_size_limit(1.5)
except TypeError as e:
    print('TypeError', e)
