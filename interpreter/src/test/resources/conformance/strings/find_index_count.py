s = 'abracadabra'
print(s.find('a'), s.find('bra'), s.find('z'), s.find('a', 1), s.find('a', 1, 3))
print(s.rfind('a'), s.rfind('bra'), s.rfind('z'), s.rfind('a', 0, 5))
print(s.index('c'), s.index('dab'))
print(s.count('a'), s.count('bra'), s.count(''), s.count('a', 5))
print(''.find(''), 'abc'.find(''), 'abc'.rfind(''))
print('aaaa'.count('aa'))
