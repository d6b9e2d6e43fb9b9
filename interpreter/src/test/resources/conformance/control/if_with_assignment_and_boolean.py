x = 7
if x > 5 and x % 2:
    print('odd and big')
if x < 5 or x == 7:
    print('small or seven')
if not (x < 0):
    print('non-negative')
if 3 < x < 10:
    print('in range')
if x in (1, 7, 9) and x not in [2]:
    print('member')
if None:
    print('never')
elif []:
    print('never2')
else:
    print('else branch')
