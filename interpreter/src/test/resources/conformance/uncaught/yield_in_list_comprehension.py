def first_squares(n):
    return [(yield i * i) for i in range(n)]


print("never printed")
