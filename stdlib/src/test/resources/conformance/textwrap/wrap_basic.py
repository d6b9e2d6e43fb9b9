import textwrap

text = ("The quick brown fox jumps over the lazy dog. Pack my box with five dozen "
        "liquor jugs. How vexingly quick daft zebras jump!")
for width in (10, 15, 20, 27, 40, 70, 200):
    print(width, textwrap.wrap(text, width))
print(textwrap.wrap("", 10))
print(textwrap.wrap("   ", 10))
print(textwrap.wrap("one", 1))
print(textwrap.wrap("a b c d e f g", 3))
print(textwrap.wrap("  leading and trailing  ", 8))
