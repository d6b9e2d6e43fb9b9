def nothing():
    pass
def bare():
    return
def many():
    return 1, 2
def cond(x):
    if x:
        return 'yes'
print(nothing(), bare(), many(), cond(1), cond(0))
a, b = many()
print(a + b)
def early(n):
    for i in range(n):
        if i == 2:
            return i
    return 'loop ended'
print(early(5), early(2))
