items = ['tab\t', 'nl\n', 'cr\r', 'back\\slash', "quote'", 'dq"', "both'\"", '\x00', '\x7f', '\x80', '\xff', '\u0100', '\ufeff', '\U0001F600']
for s in items:
    print(repr(s), len(s))
print(items[:3])
print(str(items[:2]))
print(len(repr('\x00')), len(repr('\n')), len(repr('é')))
