def shape(p):
    match p:
        case []:
            return 'empty'
        case [x]:
            return f'one {x}'
        case [x, y]:
            return f'pair {x} {y}'
        case [first, *rest] if len(rest) > 3:
            return f'long starting {first}, {len(rest)} more'
        case (a, *mid, z):
            return f'{a}..{mid}..{z}'
for v in [[], [1], (2, 3), [1, 2, 3, 4, 5, 6], (1, 2, 3), range(3), 'ab', [[1, 2], 3]]:
    print(shape(v))
match [1, [2, 3]]:
    case [a, [b, c]]:
        print(a, b, c)
match (1, 2, 3):
    case [*_, last]:
        print('last', last)
