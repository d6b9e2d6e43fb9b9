big = 10 ** 30
print(big > 1e29, big < 1e31, big == 1e30, float(big) == 1e30)
print(2 ** 1000 > 1e300, 2 ** 1024 > 1.7976931348623157e308)
print(2 ** 53 + 1 == float(2 ** 53 + 1), int(float(2 ** 53 + 1)))
print(10 ** 22 == 1e22, 10 ** 23 == 1e23)
print(max(10 ** 400, 1e308) == 10 ** 400)
