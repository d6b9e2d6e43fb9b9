rows = [('apple', 1.5, 3), ('kiwi', 0.25, 12), ('watermelon', 3.0, 1)]
print(f'{"item":<12}{"price":>7}{"qty":>5}')
for name, price, qty in rows:
    print(f'{name:<12}{price:>7.2f}{qty:>5d}')
total = sum(p * q for _, p, q in rows)
print(f'{"total":<12}{total:>7.2f}')
print(f'{"":-^24}')
