def find(lst, target):
    for i, v in enumerate(lst):
        if v == target:
            return i
    return -1
print(find([5, 3, 9], 9), find([5, 3, 9], 4), find([], 1))
def first_neg(lst):
    for v in lst:
        if v < 0:
            return v
print(first_neg([1, -2, -3]), first_neg([1]))
def multi():
    return 1, 'two', [3]
print(multi())
