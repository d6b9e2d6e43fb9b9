def classify(n):
    return n > 0 and 'pos' or n < 0 and 'neg' or 'zero'
for n in [5, -3, 0]:
    print(n, classify(n))
a = 0
b = a or 10
c = a and 10
print(b, c)
name = ''
print(name or 'anonymous', (name or 'anon').upper())
x = None
print((x or [])[:], x is None and 'none' or 'some')
