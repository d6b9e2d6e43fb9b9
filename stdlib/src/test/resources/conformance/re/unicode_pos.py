import re
s = 'a😀b😀c'
m = re.search('b', s)
print(m.span(), m.group())
print([m.span() for m in re.finditer('😀', s)])
print(re.sub('😀', '-', s), re.split('b', s))
print(re.search('c', s, ).start(), re.compile('.').findall(s))
print(re.compile('c').search(s, 4))
print(re.match('..', '😀😀x').group())
