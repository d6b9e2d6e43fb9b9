import textwrap

word = "supercalifragilisticexpialidocious"
for w in (1, 5, 10, 33, 34, 35):
    print(w, textwrap.wrap(word, w))
    print(w, textwrap.wrap("x " + word + " y", w, break_long_words=False))
print(textwrap.wrap("short " + word, 10))
print(textwrap.wrap("hyphen-ated-super-long-identifier-name", 10))
print(textwrap.wrap("hyphen-ated-super-long-identifier-name", 10, break_on_hyphens=False))
print(textwrap.wrap("----------", 4))
print(textwrap.wrap("a---------", 4))
print(textwrap.wrap("http://example.com/a/very/long/path/with-some-hyphens-in-it", 16))
