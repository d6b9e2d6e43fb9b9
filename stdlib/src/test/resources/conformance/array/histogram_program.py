# Counting bytes of a text into an unsigned-int array and printing the top letters.
from array import array
text = "the quick brown fox jumps over the lazy dog " * 3
counts = array('I', [0]) * 256
for ch in text.encode():
    counts[ch] += 1
top = sorted(range(256), key=lambda c: (-counts[c], c))[:5]
print([(chr(c), counts[c]) for c in top], sum(counts), len(counts))
letters = array('u', sorted(set(text.replace(' ', ''))))
print(letters.tounicode(), len(letters))
