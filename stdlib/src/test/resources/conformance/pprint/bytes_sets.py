import pprint

b = bytes(range(40))
for w in (80, 40, 20, 8):
    print("width", w)
    pprint.pprint(b, width=w)
    pprint.pprint([b], width=w)
pprint.pprint(b"abcd", width=1)
pprint.pprint(b"abcde", width=1)
s = set(range(30))
pprint.pprint(s, width=20)
pprint.pprint(frozenset(range(12)), width=20)
pprint.pprint({"s": set(range(10, 25))}, width=30)
pprint.pprint(set(), width=1)
pprint.pprint(frozenset(), width=1)
pprint.pprint({3, 1, 2})
