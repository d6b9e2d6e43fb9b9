def check(v):
    print('check', v)
    return v
if (a := check(0)) or (b := check(5)):
    print('a', a, 'b', b)
if (c := check(1)) and (d := check(0)):
    print('never')
print(c, d)
