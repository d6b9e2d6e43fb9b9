for s in ['abc', '', '1.5', ' ', '12a', '0x10', '1 2', '--1']:
    try:
        int(s)
    except ValueError as e:
        print(type(e).__name__, e)
try:
    int('12', 2)
except ValueError as e:
    print(type(e).__name__, e)
try:
    int('g', 16)
except ValueError as e:
    print(type(e).__name__, e)
