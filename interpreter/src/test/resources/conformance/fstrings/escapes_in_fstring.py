x = 5
print(f'tab\t{x}\tend')
print(f'{{x}} is {x}')
print(f'\N{BULLET} {x}')
print(f'\x41{x}\u00e9')
print(fr'\d+{x}')
print(f'{"quote"!r}\'s')
print(len(f'{x}\n'))
