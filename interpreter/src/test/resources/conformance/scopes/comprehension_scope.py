x = 'outer'
lst = [x for x in range(3)]
print(lst, x)
sq = {x: x * x for x in range(3)}
print(sq, x)
st = {x for x in [5, 5, 6]}
print(sorted(st), x)
i = 'keep'
total = sum(i for i in range(4))
print(total, i)
