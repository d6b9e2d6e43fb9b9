tests = ['123', '12.3', 'abc', 'aBc', 'abc123', '', '   ', ' \t\n', 'é', '٣', 'ABC', 'Ab C']
for t in tests:
    print(repr(t), t.isdigit(), t.isalpha(), t.isspace(), t.isupper(), t.islower())
print('٣'.isdigit(), '²'.isdigit(), 'Ⅻ'.isalpha())
print('\u3000'.isspace(), '\x0b'.isspace(), '_'.isalpha())
print('ÀÉ'.isupper(), 'ñ'.islower(), 'ǅ'.isupper(), 'ǅ'.islower())
