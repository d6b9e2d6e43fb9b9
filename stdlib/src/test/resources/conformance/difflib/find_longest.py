from difflib import SequenceMatcher

s = SequenceMatcher(None, 'abcdefgabcdefg', 'xxabcdyyabcdefgzz')
print(s.find_longest_match())
print(s.find_longest_match(0, 7, 0, 17))
print(s.find_longest_match(7, 14, 0, 10))
print(s.find_longest_match(alo=2, ahi=5, blo=0, bhi=17))
print(s.find_longest_match(0, 0, 0, 17))
print(s.find_longest_match(3, 14, 8, 8))
print(s.find_longest_match(ahi=3))
print(s.find_longest_match(bhi=4))
s = SequenceMatcher(None, 'ab', 'ab')
for args in [(0, 100, 0, 100), (0, 2, 0, 100), (0, 3, 0, 2)]:
    try:
        print(s.find_longest_match(*args))
    except IndexError as e:
        print('IndexError', e)
s = SequenceMatcher(None, ['a', 'b'], ('a', 'b', 'c'))
for args in [(0, 2, 0, 5), (0, 3, 0, 3)]:
    try:
        print(s.find_longest_match(*args))
    except IndexError as e:
        print('IndexError', e)
s = SequenceMatcher(None, 'aaaa', 'aaa')
print(s.find_longest_match(), s.find_longest_match(1, 4, 0, 3))
s = SequenceMatcher(None, [1, 2, 3, 4], [2, 3, 1, 2, 3, 4])
print(s.find_longest_match(), s.find_longest_match(0, 2, 0, 3))
