d = {'quote\'s': "dq\"", 'nl\n': None, 1.5: [1, (2,)], (1,): {'in': {}}}
print(d)
print(repr({}), str({'a': 'b'}))
print({'é': '😀'})
print({-0.0: 'negzero', 10 ** 20: 'big'})
