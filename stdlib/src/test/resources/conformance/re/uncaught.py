import re
print(re.match('a', 'a').group())
re.compile('(a')
