import re
m = re.match(r'(?P<first>\w+) (?P<last>\w+)', 'Jane Doe rest')
print(m.group('first'), m.group('last'), m['first'])
print(m.groupdict())
print(m.start('last'), m.end('last'), m.span('first'))
print(m.lastindex, m.lastgroup)
p = re.compile(r'(?P<a>x)(?P<b>y)?(z)')
print(p.groups, p.groupindex)
m = p.match('xz')
print(m.groups(), m.groups('-'), m.groupdict(), m.groupdict(0))
print(m.lastindex, m.lastgroup)
print(re.search(r'(?P<q>[\'"]).*?(?P=q)', 'say "hi" now').group())
print(re.match(r'((a)b)', 'ab').lastindex)
print(re.match(r'(a)(b)', 'ab').lastindex)
try:
    m.group('nope')
except IndexError as e:
    print('IndexError', e)
try:
    m.group(7)
except IndexError as e:
    print('IndexError', e)
