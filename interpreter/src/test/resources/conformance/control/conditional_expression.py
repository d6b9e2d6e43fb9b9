for n in range(-1, 3):
    print(n, 'even' if n % 2 == 0 else 'odd', 'neg' if n < 0 else 'zero' if n == 0 else 'pos')
x = 5
y = (x * 2) if x > 3 else (x - 1)
print(y)
print([('big' if v > 2 else 'small') for v in [1, 3]])
f = (lambda v: v) if x else None
print(f(7))
