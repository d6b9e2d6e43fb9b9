from difflib import SequenceMatcher

a = [str(i) for i in range(40)]
b = list(a)
b[5] = 'five'
b[20:22] = []
b.insert(30, 'new')
b[-1] = 'end'
s = SequenceMatcher(None, a, b)
print(s.get_opcodes())
for n in [0, 1, 2, 3, 5, 10, 100]:
    print(n, list(s.get_grouped_opcodes(n)))
print(list(SequenceMatcher(None, 'abc', 'abc').get_grouped_opcodes()))
print(list(SequenceMatcher(None, '', '').get_grouped_opcodes()))
print(list(SequenceMatcher(None, '', 'x').get_grouped_opcodes()))
print(list(SequenceMatcher(None, 'x', '').get_grouped_opcodes(0)))
g = SequenceMatcher(None, 'abcdefghij', 'abXdefghiY').get_grouped_opcodes(1)
print(next(g))
print(list(g))
