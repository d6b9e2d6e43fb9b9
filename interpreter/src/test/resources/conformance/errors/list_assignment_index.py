lst = [1, 2, 3]
try:
    lst[3] = 4
except IndexError as e:
    print(type(e).__name__, e)
try:
    del lst[-4]
except IndexError as e:
    print(type(e).__name__, e)
try:
    lst.insert(10, 4)
    print(lst)
    lst[10]
except IndexError as e:
    print(type(e).__name__, e)
