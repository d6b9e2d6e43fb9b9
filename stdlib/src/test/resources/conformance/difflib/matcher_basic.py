from difflib import SequenceMatcher

pairs = [('abcd', 'bcde'), ('abxcd', 'abcd'), ('', ''), ('', 'abc'), ('abc', ''),
         ('abc', 'abc'), ('qabxcd', 'abycdf'), ('aaaa', 'aa'), ('ab', 'ba'),
         ('kitten', 'sitting'), ('the quick brown fox', 'the quack brown box'),
         ('\u00e9t\u00e9', 'ete'), ('\U0001F600ab', 'ab\U0001F600'), ('abcabcabc', 'cba'),
         ('xyzzy', 'zyzzyva'), ('mississippi', 'misisipi')]
for a, b in pairs:
    s = SequenceMatcher(None, a, b)
    print(repr(a), repr(b))
    print('  blocks', s.get_matching_blocks())
    print('  opcodes', s.get_opcodes())
    print('  ratios', s.ratio(), s.quick_ratio(), s.real_quick_ratio())
s = SequenceMatcher(a='private Thread currentThread;', b='private volatile Thread currentThread;')
print(round(s.ratio(), 3))
for tag, i1, i2, j1, j2 in s.get_opcodes():
    print('%7s a[%d:%d] (%s) b[%d:%d] (%s)' % (tag, i1, i2, s.a[i1:i2], j1, j2, s.b[j1:j2]))
m = s.get_matching_blocks()[0]
print(m, m.a, m.b, m.size, type(m).__name__, m == (0, 0, 8))
