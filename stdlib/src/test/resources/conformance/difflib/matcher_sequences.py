from difflib import SequenceMatcher

print(SequenceMatcher(None, [1, 2, 3, 4, 5], (0, 1, 2, 4, 5, 6)).get_opcodes())
print(SequenceMatcher(None, [1, 2.0, True], [1.0, 2, 1]).get_matching_blocks())
print(SequenceMatcher(None, ('a', 'b'), ['a', 'b']).ratio())
print(SequenceMatcher(None, range(10), range(5, 15)).get_matching_blocks())
print(SequenceMatcher(None, [(1, 2), (3, 4)], [(3, 4)]).get_opcodes())
print(SequenceMatcher(None, b'hello', b'yellow').get_opcodes())
try:
    SequenceMatcher(None, 'abc', [[1], [2]])
except TypeError as e:
    print('TypeError', e)
try:
    SequenceMatcher(None, [[1]], 'abc').get_opcodes()
except TypeError as e:
    print('TypeError', e)
try:
    print(SequenceMatcher(None, [[1]], []).ratio())
except TypeError as e:
    print('TypeError', e)
try:
    SequenceMatcher(None, 5, 'a')
except TypeError as e:
    print('TypeError', e)
