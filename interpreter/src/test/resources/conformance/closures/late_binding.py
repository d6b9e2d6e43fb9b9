fs = []
for i in range(3):
    fs.append(lambda: i)
print([f() for f in fs])
gs = [lambda i=i: i for i in range(3)]
print([g() for g in gs])
hs = [lambda: j for j in range(3)]
print([h() for h in hs])
def make(n):
    return lambda: n
print([make(k)() for k in range(3)])
