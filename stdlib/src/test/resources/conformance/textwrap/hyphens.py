import textwrap

samples = [
    "a well-known long-winded self-evident state-of-the-art approach",
    "re-do x-y a-b-c abc-def-ghi-jkl 12-34-56 foo_bar-baz",
    "ab-cd ab-c a-bc -leading trailing- --both--",
    "Hello--world this--is an em--dash test, ok--fine!",
    "un-believe-able hyper-super-mega-ultra-long-compound-word",
]
for s in samples:
    for w in (4, 6, 9, 12, 20):
        print(w, textwrap.wrap(s, w))
    print(textwrap.wrap(s, 9, break_on_hyphens=False))
