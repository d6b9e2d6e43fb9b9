from difflib import SequenceMatcher

def lcg(seed):
    while True:
        seed = (seed * 1103515245 + 12345) % 2147483648
        yield seed

g = lcg(42)
def seq(n, alphabet):
    return [alphabet[next(g) % len(alphabet)] for _ in range(n)]

for n in [198, 199, 200, 201, 300, 1000]:
    b = 'x' * 3 + 'y' * (n - 3)
    s = SequenceMatcher(None, 'xyyx', b)
    print(n, sorted(s.bpopular), s.get_matching_blocks()[:3], round(s.ratio(), 6))
    s2 = SequenceMatcher(None, 'xyyx', b, autojunk=False)
    print('  off', sorted(s2.bpopular), s2.get_matching_blocks()[:3])

a = seq(400, 'abcdefghij')
b = seq(380, 'abcdefghij')
s = SequenceMatcher(None, a, b)
print(sorted(s.bpopular), len(s.get_opcodes()), s.get_matching_blocks()[:4], s.ratio())
s = SequenceMatcher(None, a, b, autojunk=False)
print(sorted(s.bpopular), len(s.get_opcodes()), s.get_matching_blocks()[:4], s.ratio())
# popular threshold: n // 100 + 1 occurrences
b = list('a' * 3 + 'b' * 4 + 'c' * 300)
s = SequenceMatcher(None, 'abcabc', b)
print(sorted(s.bpopular), s.get_matching_blocks())
b = ['k%d' % (i % 97) for i in range(500)]
s = SequenceMatcher(None, b[::-1], b)
print(len(s.bpopular), len(s.get_matching_blocks()), s.ratio())
big_a = seq(600, 'ab') + list('unique-tail')
big_b = seq(600, 'ab') + list('unique-tail')
s = SequenceMatcher(None, big_a, big_b)
print(sorted(s.bpopular), s.get_matching_blocks()[-3:], s.ratio())
