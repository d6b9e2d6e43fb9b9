import textwrap

text = "The quick brown fox jumps over the lazy dog and keeps running far away"
for ml in (1, 2, 3, 10):
    for w in (10, 15, 25):
        print(ml, w, textwrap.wrap(text, w, max_lines=ml))
print(textwrap.wrap(text, 15, max_lines=2, placeholder="..."))
print(textwrap.wrap(text, 15, max_lines=2, placeholder=" (more)"))
print(textwrap.wrap("a b c d e f g h", 5, max_lines=2, placeholder=" ~"))
print(textwrap.wrap("abcdefghij klm", 6, max_lines=1, placeholder=" ..."))
print(textwrap.wrap(text, 12, max_lines=2, initial_indent="> ", subsequent_indent=">> "))
try:
    textwrap.wrap(text, 5, max_lines=1, placeholder=" [......]")
except ValueError as e:
    print("ValueError", e)
try:
    textwrap.wrap(text, 4, max_lines=2, subsequent_indent="    ", placeholder=".")
except ValueError as e:
    print("ValueError", e)
