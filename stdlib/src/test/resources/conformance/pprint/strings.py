import pprint

s = "The quick brown fox jumps over the lazy dog. " * 4
for w in (80, 40, 20, 10, 5):
    print("width", w)
    pprint.pprint(s, width=w)
pprint.pprint(["a" * 50, "b" * 50], width=30)
pprint.pprint({"k": "spaces   between   words   here   and   there"}, width=20)
pprint.pprint("multi\nline\ntext that is long enough to wrap around\n", width=15)
pprint.pprint(["  leading and trailing spaces  " * 2], width=20)
pprint.pprint("it's \"quoted\" text with 'both' kinds of quotes", width=20)
pprint.pprint("", width=1)
pprint.pprint("nospacesatallinthisverylongstring", width=10)
