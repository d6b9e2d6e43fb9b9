def find(items, target):
    for i, v in enumerate(items):
        if v == target:
            return i
total = find([5, 6], 6)
print('found at', total)
total = find([5, 6], 7)
print('adding to', total)
total = total + 1
