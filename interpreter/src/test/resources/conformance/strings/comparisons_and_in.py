words = ['banana', 'Apple', 'cherry', 'apple']
print(sorted(words))
print(sorted(words, key=lambda w: w.lower()))
print(sorted(words, key=len), sorted(words, key=len, reverse=True))
print('an' in 'banana', 'nab' in 'banana')
print('Apple' < 'apple', 'apple' < 'apricot')
print(max(words), min(words), max(words, key=len))
