x = 5
print(1 < x < 10, 1 < x > 10, 1 < 2 < 3 < 4 < 5)
print(1 < 3 > 2, 3 > 2 > 1 > 0, 1 == 1 == 1, 1 == 1 != 2)
print(0 <= x <= 5, 0 <= x < 5)
print(1 < 2 == 2 < 3, 1 < 2 == 3)
print(1 in [1, 2] in [[1, 2]], 2 not in [1] == True)
print(None is None is not False)
