from collections import Counter
a = Counter(a=3, b=1)
b = Counter(a=1, b=2)
print(a + b, a - b, a | b, a & b)
print(+Counter(a=-1, b=2), -Counter(a=-1, b=2))
print(a == Counter(a=3, b=1, c=0), a != b, Counter(a=1) <= a, a < a)
x = Counter(a=2); x += Counter(a=-5, b=1); print(x)
y = Counter(a=2, b=2); y -= Counter(a=1); print(y)
