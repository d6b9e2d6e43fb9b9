from difflib import SequenceMatcher

s = SequenceMatcher(lambda x: x == ' ', 'private Thread currentThread;',
                    'private volatile Thread currentThread;')
print(round(s.ratio(), 3), s.get_matching_blocks())
print(sorted(s.bjunk), sorted(s.b2j)[:5], s.b2j['p'], s.b2j.get(' '))
s = SequenceMatcher(lambda x: x in 'aeiou', 'education', 'cautious')
print(s.get_matching_blocks(), s.get_opcodes(), sorted(s.bjunk))
calls = []
def junk(x):
    calls.append(x)
    return x == 'b'
s = SequenceMatcher(junk, 'abcabc', 'cabbage')
print(calls, s.get_matching_blocks(), s.bjunk)
print(SequenceMatcher(lambda x: x == ' ', ' abcd', 'abcd abcd').find_longest_match(0, 5, 0, 9))
print(SequenceMatcher(None, ' abcd', 'abcd abcd').find_longest_match(0, 5, 0, 9))
s = SequenceMatcher(lambda x: x == '-', 'a-b-c-d', 'a--b--c--d')
print(s.get_matching_blocks(), s.ratio())
s = SequenceMatcher(lambda x: True, 'abc', 'abc')
print(s.get_matching_blocks(), s.ratio(), s.isjunk is not None)
lines_a = ['x = 1\n', '\n', 'y = 2\n', '# note\n', 'z = 3\n']
lines_b = ['x = 1\n', 'y = 2\n', '\n', '# note\n', 'z = 4\n']
from difflib import IS_LINE_JUNK
s = SequenceMatcher(IS_LINE_JUNK, lines_a, lines_b)
print(s.get_opcodes(), sorted(s.bjunk))
