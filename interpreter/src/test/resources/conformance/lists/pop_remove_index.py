a = [10, 20, 30, 20, 40]
print(a.pop(), a)
print(a.pop(0), a)
print(a.pop(-2), a)
a.remove(20)
print(a)
a = [5, 3, 5, 1]
print(a.index(5), a.index(5, 1), a.index(1), a.count(5), a.count(9))
a.remove(5)
print(a)
