x = 5
print(not x > 3, not (x > 3), (not x) > 3)
print(not not x, not not 0)
print(not x == 5, not x != 5)
print(not None, not (), not 'a')
print([not v for v in [0, 1, '', 'a']])
print(not 1 in [1], 1 not in [1])
