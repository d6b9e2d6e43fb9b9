lst = [1, 2, 3]
print(lst[2], lst[-3])
print(lst[1:10], lst[5:])
lst.append(4)
print(lst[3])
print(lst[-5])
