class P:
    def __init__(self, x, y):
        self.x = x
        self.y = y
    def __str__(self):
        return f'P({self.x}, {self.y})'
    def __repr__(self):
        return f'P(x={self.x!r}, y={self.y!r})'
p = P(1, 'two')
print(f'{p}')
print(f'{p!r}')
print(f'{p!s:>15}|')
print(f'{[p]}')
print(f'{p.x + 1} {p.y.upper()}')
