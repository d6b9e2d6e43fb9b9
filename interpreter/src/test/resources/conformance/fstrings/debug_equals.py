x = 10
y = 'hi'
print(f'{x=}')
print(f'{y=}')
print(f'{x + 1=}')
print(f'{x = }')
print(f'{y=!s}')
print(f'{x=:5d}|')
print(f'{3.5=:.2f}')
lst = [1, 2]
print(f'{lst[0]=} {len(lst)=}')
