from array import array
for tc in 'bBhHiIlLqQ':
    n = array(tc).itemsize * 8
    for v in [2**70, -2**70, 2**n, -1, 2**(n - 1), -2**(n - 1) - 1, 2**(n - 1) - 1, -2**(n - 1)]:
        try:
            a = array(tc, [v])
            print(tc, 'ok', a[0] == v)
        except OverflowError as e:
            print(tc, v if abs(v) < 2**65 else 'big', 'OverflowError', e)
a = array('b', [0])
try:
    a[0] = 200
except OverflowError as e:
    print('OverflowError', e, a)
try:
    a.append(-129)
except OverflowError as e:
    print('OverflowError', e, a)
