s = 'abc\
def'
print(s)
total = 1 + \
    2 + \
    3
print(total)
lst = [1,
       2,
       3,]
print(lst)
d = {'a': 1,
     'b': 2}
print(d)
print((1,
       2))
