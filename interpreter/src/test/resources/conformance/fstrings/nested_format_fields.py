x = 3.14159
width = 10
prec = 3
print(f'{x:{width}.{prec}f}|')
print(f'{x:{width}}|')
print(f'{"abc":{"^"}{width}}|')
fill = '0'
print(f'{42:{fill}>{width - 4}}')
for p in range(4):
    print(f'{x:.{p}f}')
align = '<'
print(f'[{"v":{align}5}]')
