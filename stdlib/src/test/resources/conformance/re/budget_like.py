import re
# regular but heavy-ish workloads that must succeed within default budgets
s = 'ab' * 2000
print(len(re.findall('ab', s)))
print(len(re.sub('a', 'xx', s)))
print(re.match(r'(?:ab)+$', s) is not None)
words = ' '.join('w%d' % i for i in range(500))
print(len(re.split(r'\s+', words)))
