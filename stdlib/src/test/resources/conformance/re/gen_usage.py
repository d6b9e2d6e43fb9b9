import re
def tokens(text):
    spec = [('NUM', r'\d+(?:\.\d*)?'), ('ID', r'[A-Za-z_]\w*'), ('OP', r'[+\-*/=()]'), ('WS', r'\s+'), ('BAD', r'.')]
    rx = re.compile('|'.join('(?P<%s>%s)' % p for p in spec))
    for m in rx.finditer(text):
        kind = m.lastgroup
        if kind == 'WS':
            continue
        yield kind, m.group()
for tok in tokens('x = 3.5 * (y + 42) $'):
    print(tok)
match re.match(r'(\w+)=(\d+)', 'k=9'):
    case None:
        print('none')
    case m:
        print(m.groups())
