def check(v):
    assert isinstance(v, int), f'expected int, got {type(v).__name__}'
    assert v >= 0, v
    return v
for v in [3, 'x', -2, 2.5]:
    try:
        print(check(v))
    except AssertionError as e:
        print(type(e).__name__, repr(e), e.args)
