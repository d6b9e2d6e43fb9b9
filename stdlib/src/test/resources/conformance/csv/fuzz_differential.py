# Deterministic pseudo-random fields and raw lines through writers and readers of many
# dialects; the output must equal CPython's.
import csv

state = 77
def rnd(n):
    global state
    state = (state * 1103515245 + 12345) % 2147483648
    return (state >> 8) % n

CHARS = ['a', 'b', ' ', ',', ';', '"', "'", '\\', '\n', '\r', '\t', 'é', '|', '1', '.', '-']

def field():
    return ''.join(CHARS[rnd(len(CHARS))] for _ in range(rnd(6)))

class Buf:
    def __init__(self):
        self.parts = []
    def write(self, s):
        self.parts.append(s)

configs = [
    {}, {'quoting': csv.QUOTE_ALL}, {'quoting': csv.QUOTE_NONNUMERIC},
    {'quoting': csv.QUOTE_NONE, 'escapechar': '\\'}, {'delimiter': ';', 'quotechar': "'"},
    {'doublequote': False, 'escapechar': '\\'}, {'lineterminator': '\n'},
    {'delimiter': '|', 'skipinitialspace': True}, {'dialect': 'excel-tab'}, {'dialect': 'unix'},
]
for n, cfg in enumerate(configs):
    for trial in range(12):
        rows = [[field() for _ in range(rnd(4) + 1)] for _ in range(rnd(3) + 1)]
        buf = Buf()
        try:
            csv.writer(buf, **cfg).writerows(rows)
            text = ''.join(buf.parts)
            back = list(csv.reader(text.splitlines(True), **cfg))
            print(n, trial, repr(text), back == rows)
        except csv.Error as e:
            print(n, trial, 'Error', e)
        raw = [''.join(CHARS[rnd(len(CHARS))] for _ in range(rnd(10))) for _ in range(3)]
        for strict in (False, True):
            try:
                r = csv.reader(raw, strict=strict, **cfg)
                print('  ', repr(raw), strict, list(r), r.line_num)
            except (csv.Error, ValueError) as e:
                print('  ', repr(raw), strict, type(e).__name__, e)
