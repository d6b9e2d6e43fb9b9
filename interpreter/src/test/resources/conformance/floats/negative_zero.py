z = -0.0
print(z, repr(z), str(z), z == 0.0, z < 0)
print(0.0 * -1, -0.0 + 0.0, -0.0 - 0.0, -0.0 * -0.0)
print(abs(z), -z, round(-0.4), round(-0.4, 1))
print(f'{z}', f'{z:.2f}', '%.1f' % z, format(z, 'g'))
print(1 / float('inf'), -1 / float('inf'))
print(int(-0.0), -0.0 // 1, -0.0 % 5)
