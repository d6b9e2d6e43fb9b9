a = 1_2_3
b = 10_000 + 1_0
c = 0xFF_FF
print(a, b, c)
print(1_0.5, 1_000.000_1)
print(1e1_0)
print(int('1_000'), int('0x_1f', 16), float('1_5.2_5'))
