s = {1, True, 1.0}
print(s, len(s))
t = {0, False, 0.0, -0.0}
print(t, len(t))
print({2, 2.0}, sorted({1.5, 3, 2.0}))
print(1.0 in {1}, True in {1}, 2 in {2.0})
