def make_acc(start):
    total = start
    def add(n):
        nonlocal total
        total += n
        return total
    return add
acc = make_acc(100)
print(acc(10), acc(-50), acc(0))
def make_avg():
    vals = []
    def avg(v):
        vals.append(v)
        return sum(vals) / len(vals)
    return avg
avg = make_avg()
print(avg(10), avg(20), avg(60))
