for i in range(5):
    print('line', i, end=' | ' if i < 4 else '\n')
print('no newline at end', end='')
print(' -- still same line', end='')
print()
print('partial', end='')
x = int('oops')
