a = [3, -1, 4, -1, 5, -9, 2, 6]
b = sorted(a)
print(a, b)
a.sort(reverse=True)
print(a)
a.sort(key=abs)
print(a)
words = ['pear', 'Fig', 'apple', 'kiwi', 'date']
words.sort(key=len)
print(words)
words.sort(key=lambda w: (len(w), w.lower()), reverse=True)
print(words)
print(sorted([(2, 'b'), (1, 'z'), (2, 'a'), (1, 'a')]))
