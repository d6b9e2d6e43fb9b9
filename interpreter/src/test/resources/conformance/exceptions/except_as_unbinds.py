e = 'before'
try:
    raise ValueError('boom')
except ValueError as e:
    print('inside', e)
try:
    print(e)
except NameError as err:
    print('NameError', err)
