def f(a, b, c=3):
    return (a, b, c)
print(f(1, 2), f(1, 2, 4), f(a=1, b=2), f(b=2, a=1), f(1, c=5, b=6))
def g(x, y=10, z=20):
    return x + y + z
print(g(1), g(1, z=0), g(1, 2, 3), g(x=0, y=0))
