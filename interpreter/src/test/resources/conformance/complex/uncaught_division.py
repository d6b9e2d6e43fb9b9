# An uncaught complex ZeroDivisionError
z = 1 + 2j
w = 0j
print(z / 1j)
print(z / w)
