s = 'héllo😀'
print(len(s))
for ch in s:
    print(ch, ord(ch))
print(list('abc'), tuple('xy'))
print([c.upper() for c in 'abc'])
