from difflib import context_diff

a = ['one\n', 'two\n', 'three\n', 'four\n', 'five\n', 'six\n', 'seven\n', 'eight\n',
     'nine\n', 'ten\n', 'eleven\n', 'twelve\n']
b = ['zero\n', 'one\n', 'too\n', 'three\n', 'four\n', 'five\n', 'six\n', 'seven\n',
     'eight\n', 'nine\n', 'ten\n', 'twelve\n', 'thirteen\n']
print(''.join(context_diff(a, b)))
print(''.join(context_diff(a, b, fromfile='a.py', tofile='b.py', fromfiledate='d1',
                           tofiledate='d2', n=1)))
print(''.join(context_diff(a, b, n=0)))
print(list(context_diff(['x'], ['y'], lineterm='')))
print(list(context_diff(['keep\n', 'del\n'], ['keep\n'])))
print(list(context_diff(['keep\n'], ['keep\n', 'add\n'])))
print(list(context_diff([], [])))
try:
    list(context_diff(['a'], ['b'], tofile=None))
except TypeError as e:
    print('TypeError', e)
