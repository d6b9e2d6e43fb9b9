# Randomized references (seeded): Moat must resolve exactly like CPython.
import html, random

rnd = random.Random(2024)
pieces = ["&", "&", "#", "x", "X", ";", ";", "amp", "lt", "gt", "not", "in", "it", "copy",
          "eacute", "0", "1", "9", "4", "a", "F", "z", " ", "\n", "\t", "<", "frac", "12",
          "nbsp", "Ntilde", "AElig", "quot", "xyz", "&#", "&#x", "65", "d800", "110000", "80"]
for i in range(300):
    s = "".join(rnd.choice(pieces) for _ in range(rnd.randint(1, 12)))
    print(repr(s), repr(html.unescape(s)))
