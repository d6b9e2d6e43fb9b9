items = [3, 1, 2]
print(f'{sorted(items)} {sum(items)} {max(items)}')
print(f'{"yes" if items else "no"}')
print(f'{(lambda v: v * 2)(21)}')
print(f'{[i * i for i in items]}')
print(f'{ {"a": 1}["a"] }')
print(f'{items[-1]:>4}|')
a, b = 7, 2
print(f'{a // b} {a % b} {a / b:.2f} {a ** b}')
print(f'{a > b and "big" or "small"}')
