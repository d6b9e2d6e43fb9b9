# Word statistics over a paragraph: frequencies, lengths, n-grams and acronyms
text = """It was the best of times, it was the worst of times, it was the age of
wisdom, it was the age of foolishness, it was the epoch of belief, it was the
epoch of incredulity, it was the season of Light, it was the season of Darkness."""

words = [w.strip(".,").lower() for w in text.split()]
freq = {}
for w in words:
    freq[w] = freq.get(w, 0) + 1
top = sorted(freq.items(), key=lambda kv: (-kv[1], kv[0]))[:5]
print("words:", len(words), "unique:", len(freq))
print("top:", top)
lengths = {}
for w in set(words):
    lengths.setdefault(len(w), []).append(w)
for n in sorted(lengths):
    print(f"{n:>2}: {', '.join(sorted(lengths[n]))}")
bigrams = {}
for a, b in zip(words, words[1:]):
    bigrams[(a, b)] = bigrams.get((a, b), 0) + 1
print("common bigrams:", [f"{a} {b}" for (a, b), n in sorted(bigrams.items()) if n >= 4])
vowels = sum(ch in "aeiou" for ch in text.lower())
print("vowels:", vowels, "ratio: %.3f" % (vowels / sum(ch.isalpha() for ch in text)))
print("longest:", max(words, key=lambda w: (len(w), w)))
print("acronym:", "".join(w[0].upper() for w in "portable network graphics".split()))
print("capitalized:", [w.strip(".,") for w in text.split() if w[0].isupper()])
