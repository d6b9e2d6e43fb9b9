s = 'hello WORLD, it\'s a fine-day 3rd'
print(s.upper())
print(s.lower())
print(s.title())
print(s.capitalize())
print('ßtraße'.upper(), len('İ'.lower()), 'ǅ'.lower(), 'ǆ'.upper())
print('ABC'.isupper(), 'abc'.islower(), 'Abc'.isupper(), 'abc1'.islower(), '123'.islower())
print(''.isupper(), 'A1!'.isupper())
