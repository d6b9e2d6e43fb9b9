import textwrap

print(textwrap.shorten("Hello  world!", width=12))
print(textwrap.shorten("Hello  world!", width=11))
print(textwrap.shorten("Hello world", width=10, placeholder="..."))
s = "  The   quick brown\tfox\njumps over the lazy dog  "
for w in (12, 15, 20, 30, 44, 45):
    print(w, repr(textwrap.shorten(s, w)))
print(textwrap.shorten("Averyveryverylongwordwithoutspaces and more", 20))
print(textwrap.shorten("one two three", 13))
print(textwrap.shorten("", 10) == "")
try:
    textwrap.shorten("a b c d e f", 3)
except ValueError as e:
    print("ValueError", e)
try:
    textwrap.shorten("a b", 10, max_lines=2)
except TypeError as e:
    print("TypeError", e)
