def describe(x):
    match x:
        case 0:
            return 'zero'
        case 1 | 2 | 3:
            return 'small'
        case -1:
            return 'minus one'
        case 'hi' | 'hello':
            return 'greeting'
        case None:
            return 'nothing'
        case True:
            return 'true'
        case int(n) if n > 100:
            return f'big {n}'
        case float() as f:
            return f'float {f}'
        case other:
            return f'other {other!r}'
for v in [0, 2, -1, 'hi', None, True, 500, 2.5, 42, 'zzz']:
    print(describe(v))
