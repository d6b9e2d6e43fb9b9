calls = []
def idx(i):
    calls.append(i)
    return i
a = [1, 2, 3]
a[idx(1)] += 10
print(a, calls)
class O:
    pass
def get(o):
    calls.append('get')
    return o
o = O()
o.v = 5
get(o).v *= 3
print(o.v, calls)
