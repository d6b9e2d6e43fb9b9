values = [0, 1, -1, 0.0, -0.0, 0.1, '', ' ', 'False', [], [0], (), ((),), {}, {0: 0}, set(), None, True, False, float('nan'), range(0), range(1)]
for v in values:
    print(repr(v), bool(v))
print(bool(-0.0), bool(0.0 + 1e-300), bool('\x00'), bool(b''), bool(b'\x00'))
print(bool(frozenset()), bool(frozenset([0])))
