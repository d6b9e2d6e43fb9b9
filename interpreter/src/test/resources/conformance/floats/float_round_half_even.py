for v in [0.5, 1.5, 2.5, 3.5, -0.5, -1.5, -2.5]:
    print(v, round(v), round(v, 0))
print(round(0.125, 2), round(0.135, 2), round(2.675, 2), round(-2.675, 2))
print(round(1.25, 1), round(1.35, 1), round(1.45, 1))
print(round(5e-324, 400) == 5e-324, round(1e300, -300), round(-2.5 + 0.0))
print(round(0.5 + 1e-16), round(2.4999999999999996), round(-3.5))
