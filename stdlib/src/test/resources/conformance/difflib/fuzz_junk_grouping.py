# Deterministic pseudo-random word lists with and without junk; note that printing
# get_opcodes() beside get_grouped_opcodes() shows CPython's shared, mutated opcode list.
from difflib import SequenceMatcher, ndiff, unified_diff, context_diff, get_close_matches
state = 99
def rnd(n):
    global state
    state = (state * 1103515245 + 12345) % 2147483648
    return (state >> 8) % n
words = ['alpha', 'beta', 'gamma', 'delta', 'alpah', 'bet', 'gama', ' ', '#', '', 'x y', 'x  y']
for t in range(150):
    la = rnd(12 if t % 3 else 250)
    a = [words[rnd(len(words))] for _ in range(la)]
    b = [words[rnd(len(words))] for _ in range(rnd(12 if t % 3 else 250))]
    junk = [None, lambda x: x == ' ', lambda x: x in ('#', '')][t % 3]
    s = SequenceMatcher(junk, a, b, autojunk=bool(t % 2))
    print(t, s.get_opcodes(), round(s.ratio(), 9), list(s.get_grouped_opcodes(rnd(4))))
    sa = ''.join(a)[:60]; sb = ''.join(b)[:60]
    s2 = SequenceMatcher(lambda c: c == ' ', sa, sb)
    print(' ', s2.get_matching_blocks(), s2.quick_ratio())
    print(' ', list(ndiff([w + '\n' for w in a[:15]], [w + '\n' for w in b[:15]])))
    print(' ', list(context_diff(a[:20], b[:20], n=rnd(3), lineterm='')))
    print(' ', get_close_matches(words[rnd(len(words))], a, n=rnd(4) + 1, cutoff=rnd(10) / 10))
