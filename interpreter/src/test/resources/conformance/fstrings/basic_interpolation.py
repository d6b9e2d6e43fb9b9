name = 'Moat'
n = 3
print(f'hello {name}')
print(f'{n} + {n} = {n + n}')
print(f'{name.upper()} {len(name)} {name[1:3]}')
print(f'{[1, 2, 3]} {(1,)} {{}} {{{n}}}')
print(F'upper F {n}', rf'raw \n {n}', fr'{n}\t')
print(f'{n * "ab"}', f"{'single' + 'quotes'}")
print(f'', repr(f''))
