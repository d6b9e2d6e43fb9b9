s = 'it\'s'
print(f'{s}|{s!s}|{s!r}|{s!a}')
u = 'café 😀'
print(f'{u!r} {u!a}')
print(f'{3!r} {None!s} {[1, "x"]!r}')
print(f'{s!r:>12}|')
print(f'{"x"!r:^7}|')
