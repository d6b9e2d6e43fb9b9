x = 'before'
r = [x for x in 'abc']
print(x, r)
y = 100
d = {y: y for y in range(2)}
print(y, d)
try:
    print(z)
except NameError as e:
    print('NameError', e)
[z for z in range(3)]
try:
    print(z)
except NameError as e:
    print('NameError', e)
