from difflib import unified_diff

a = ['line %d\n' % i for i in range(1, 21)]
b = list(a)
b[2] = 'line three\n'
b.insert(10, 'inserted\n')
del b[15]
b.append('tail\n')
print(''.join(unified_diff(a, b)))
print(''.join(unified_diff(a, b, 'old.txt', 'new.txt', '2024-01-01', '2024-01-02')))
for n in [0, 1, 10]:
    print(''.join(unified_diff(a, b, n=n)))
print(list(unified_diff(['a', 'b', 'c'], ['a', 'x', 'c'], lineterm='')))
print(list(unified_diff([], ['only\n'])))
print(list(unified_diff(['only\n'], [])))
print(list(unified_diff(['same\n'], ['same\n'])))
print(list(unified_diff([], [])))
print(list(unified_diff('abc', 'abd')))
g = unified_diff([1, 2], ['x'])
print(type(g).__name__)
for args, kw in [(([1], ['a']), {}), ((['a'], [b'x']), {}), ((['a'], ['b']), {'fromfile': 5}),
                 ((['a'], ['b']), {'lineterm': None})]:
    try:
        list(unified_diff(*args, **kw))
    except TypeError as e:
        print('TypeError', e)
