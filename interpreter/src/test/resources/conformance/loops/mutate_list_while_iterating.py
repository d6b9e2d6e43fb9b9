lst = [1, 2, 3, 4, 5, 6]
for x in lst:
    if x % 2 == 0:
        lst.remove(x)
print(lst)
lst2 = [1, 2, 3]
for x in lst2[:]:
    lst2.append(x * 10)
print(lst2)
lst3 = [1]
for x in lst3:
    if x < 5:
        lst3.append(x + 1)
print(lst3)
