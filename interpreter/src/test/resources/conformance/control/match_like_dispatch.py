def describe(v):
    if isinstance(v, bool):
        return 'bool'
    elif isinstance(v, int):
        return 'int'
    elif isinstance(v, float):
        return 'float'
    elif isinstance(v, str):
        return 'str'
    elif isinstance(v, (list, tuple)):
        return 'seq of ' + str(len(v))
    return 'other'
for v in [True, 3, 2.5, 'x', [1, 2], (), None, {}]:
    print(repr(v), describe(v))
