s = '  Hello, World!  '
print(s.strip().lower().replace('world', 'moat').split(','))
print('-'.join(s.split()).upper())
print(s.strip().center(20, '~'))
data = 'name: ann ; age: 30 ; city: oslo'
pairs = [p.strip().split(': ') for p in data.split(';')]
print(pairs)
print({k: v for k, v in pairs})
