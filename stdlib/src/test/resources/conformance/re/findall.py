import re
print(re.findall(r'\d+', 'a1b22c333'))
print(re.findall(r'(\w)(\d)', 'a1 b2 c3'))
print(re.findall(r'(\w)\d', 'a1 b2 c3'))
print(re.findall(r'x*', 'axxb'))
print(re.findall(r'(a)|b', 'ab'))
print(re.findall(r'', 'abc'))
print(re.findall(r'\b\w', 'hello big world'))
p = re.compile(r'o')
print(p.findall('foo boo', 3), p.findall('foo boo', 1, 3))
print([m.span() for m in re.finditer(r'\w+', 'ab cd  efg')])
for m in re.finditer(r'(?P<k>\w)=(?P<v>\d)', 'a=1, b=2'):
    print(m.group('k'), m.group('v'), m.span())
