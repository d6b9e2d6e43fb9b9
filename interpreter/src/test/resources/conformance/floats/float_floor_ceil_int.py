vals = [2.7, -2.7, 2.0, -0.5, 0.999999, 1e10 + 0.5]
for v in vals:
    print(v, int(v), v // 1, round(v), -(-v // 1))
print(int(-0.9999), int(1e15 + 0.5), int(-1e-300))
print(-7.0 // 2, -7 // 2.0, 7.0 // -2)
