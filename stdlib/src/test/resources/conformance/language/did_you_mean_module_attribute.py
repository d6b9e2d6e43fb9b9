import math

print(math.pi > 3)
print(math.sqroot(4))
