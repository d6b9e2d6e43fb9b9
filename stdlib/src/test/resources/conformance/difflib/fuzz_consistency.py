# Deterministic pseudo-random sequences: blocks, opcodes and ratios must match CPython exactly.
from difflib import SequenceMatcher, ndiff, unified_diff

state = 12345
def rnd(n):
    global state
    state = (state * 6364136223846793005 + 1442695040888963407) % (1 << 64)
    return (state >> 33) % n

def mutate(seq, alphabet):
    out = list(seq)
    for _ in range(rnd(8) + 1):
        op = rnd(3)
        pos = rnd(len(out) + 1)
        if op == 0:
            out.insert(pos, alphabet[rnd(len(alphabet))])
        elif op == 1 and out:
            del out[min(pos, len(out) - 1)]
        elif out:
            out[min(pos, len(out) - 1)] = alphabet[rnd(len(alphabet))]
    return out

total = 0
for trial in range(60):
    alphabet = 'abcdefgh'[:rnd(7) + 2]
    n = rnd(40) if trial % 5 else rnd(300) + 150
    a = [alphabet[rnd(len(alphabet))] for _ in range(n)]
    b = mutate(a, alphabet)
    s = SequenceMatcher(None, a, b)
    blocks = s.get_matching_blocks()
    ops = s.get_opcodes()
    total += sum(m.size for m in blocks)
    print(trial, n, len(b), len(blocks), len(ops), round(s.ratio(), 6), blocks[:2], ops[-1],
          sorted(s.bpopular))
print(total)
lines_a = ['line %d %s\n' % (rnd(5), 'x' * rnd(4)) for _ in range(30)]
lines_b = mutate(lines_a, ['new line\n', 'line 1 x\n', 'line 2\n'])
print(''.join(ndiff(lines_a, lines_b)), end='')
print(''.join(unified_diff(lines_a, lines_b, n=2)), end='')
