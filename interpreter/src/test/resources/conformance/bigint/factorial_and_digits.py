f = 1
for i in range(1, 51):
    f *= i
print(f)
print(len(str(f)), sum(int(d) for d in str(f)))
print(str(f).count('0'), f % 1000003)
