total = 0
for i in range(1, 6):
    total += i
    last = i
print(total, last, i)
for i in []:
    pass
print(i)
n = 3
while n:
    n -= 1
print(n)
