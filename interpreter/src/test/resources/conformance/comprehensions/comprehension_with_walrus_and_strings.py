text = 'The Quick brown Fox'
caps = [w for w in text.split() if w[0].isupper()]
print(caps)
lens = {w.lower(): len(w) for w in text.split()}
print(lens)
print([c for c in text if c.lower() in 'aeiou'])
pairs = [(w, n) for w in text.split() if (n := len(w)) > 3]
print(pairs)
