import re
bad = ['(', 'a)', '*', 'a**', '(?<x', r'\p{L}', '[a', '[z-a]', 'a{3,2}', '(?P<1>a)',
       '(?P<a>x)(?P<a>y)', '(?P=nope)', r'\9', '(?', '(?Px)', 'a|*', r'(?<=a+)b',
       '(?z)', 'x(?i)', '(?i', r'\\', '\\', r'[\d-z]', r'\xZ', r'\u12', '(?P<a', '(abc',
       '^*', r'(a)\2', '(?#abc', 'x{2}{3}', r'\N{NOT A NAME}', '(?-a:x)']
for p in bad:
    try:
        re.compile(p)
        print(p, 'compiled')
    except re.error as e:
        print(repr(p), '->', e, '|', e.msg, e.pos, e.lineno, e.colno)
try:
    re.compile('a\n(b')
except re.error as e:
    print(e, e.lineno, e.colno)
print(issubclass(re.error, Exception), re.error.__name__)
try:
    re.search(1, 'a')
except TypeError as e:
    print('TypeError', e)
try:
    re.search('a', 1)
except TypeError as e:
    print('TypeError', e)
try:
    re.compile(re.compile('a'), re.I)
except ValueError as e:
    print('ValueError', e)
for t in [r'\g<2>', r'\g<x>', r'\3', r'\q', r'\g<a', r'\g<-1>', '\\']:
    try:
        re.sub('(a)', t, 'a')
    except (re.error, IndexError) as e:
        print(repr(t), type(e).__name__, e)
try:
    re.compile('a{4294967295}')
except OverflowError as e:
    print('OverflowError', e)
