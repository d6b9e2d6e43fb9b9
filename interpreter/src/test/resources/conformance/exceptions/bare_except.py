def f(x):
    try:
        return [1, 2][x]
    except:
        return 'bare caught'
print(f(0), f(5), f('a'))
try:
    raise KeyError('k')
except:
    print('caught anything')
