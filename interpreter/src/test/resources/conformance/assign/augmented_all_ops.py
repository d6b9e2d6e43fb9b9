ops = []
v = 100
v += 1; ops.append(v)
v -= 11; ops.append(v)
v *= 3; ops.append(v)
v /= 4; ops.append(v)
v //= 2; ops.append(v)
v %= 7; ops.append(v)
v **= 3; ops.append(v)
print(ops)
n = 0b1010
n <<= 4; print(n)
n >>= 2; print(n)
n &= 0b111100; print(n)
n |= 0b1; print(n)
n ^= 0b11111; print(n)
