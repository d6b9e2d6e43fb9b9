vowels = set('aeiou')
word = 'encyclopedia'
print([c for c in word if c in vowels])
print(len(vowels), 'e' in vowels, 'y' in vowels)
found = {c for c in word if c in vowels}
print(sorted(found))
print(len(set('mississippi')), sorted(set('mississippi')))
