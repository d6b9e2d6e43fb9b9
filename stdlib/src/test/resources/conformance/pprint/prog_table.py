# Pretty-printing computed results: a frequency table and a matrix.
import pprint

text = "the cat and the hat and the bat sat on the mat with the cat"
freq = {}
for w in text.split():
    freq[w] = freq.get(w, 0) + 1
pprint.pprint(freq, width=40)
pprint.pp(sorted(freq.items(), key=lambda kv: (-kv[1], kv[0])), compact=True, width=50)
matrix = [[i * j for j in range(8)] for i in range(6)]
pprint.pprint(matrix, width=40)
pprint.pprint(matrix, compact=True, width=40)
