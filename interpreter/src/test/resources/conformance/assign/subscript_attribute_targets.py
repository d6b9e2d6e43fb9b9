class Box:
    pass
b = Box()
b.items = [0, 0, 0]
b.items[1] = 'mid'
b.label = 'box'
b.label += '!'
print(b.items, b.label)
d = {}
d['a'] = d
print(len(d), d['a'] is d)
m = [[0, 0], [0, 0]]
m[0][1] = m[1][0] = 7
print(m)
b.count = 0
for _ in range(3):
    b.count += 2
print(b.count)
