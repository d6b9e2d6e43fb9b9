assert True
assert 1 == 1, 'not shown'
try:
    assert 1 == 2
except AssertionError as e:
    print('AssertionError', repr(str(e)), e.args)
try:
    assert [] , 'empty list is falsy'
except AssertionError as e:
    print('AssertionError', e)
x = 5
try:
    assert x < 0, f'x was {x}'
except AssertionError as e:
    print(e)
