a = [1, 2]
a.append(3)
a.append([4, 5])
print(a)
a.extend([6, 7])
a.extend('ab')
a.extend((8,))
print(a)
a.insert(0, 'first')
a.insert(-1, 'beforelast')
a.insert(100, 'end')
a.insert(-100, 'start')
print(a, len(a))
b = [1]
b += [2, 3]
b += 'xy'
print(b)
