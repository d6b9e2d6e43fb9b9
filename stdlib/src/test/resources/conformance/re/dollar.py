import re
print(re.search('a$', 'a\n'), re.search('a$', 'a\n\n'), re.search(r'a\Z', 'a\n'))
print(re.search(r'\Aa', 'ba'), re.search(r'^b', 'ab'))
print(re.findall('(?m)^b$', 'a\nb\nc\nb'))
print(re.search('$', 'abc').span(), re.search('$', 'abc\n').span())
print(re.sub('$', '!', 'ab\ncd\n', flags=re.M))
print(re.findall(r'.', 'a\nb'), re.findall(r'(?s).', 'a\nb'), re.findall('.', 'a\rb\u2028'))
