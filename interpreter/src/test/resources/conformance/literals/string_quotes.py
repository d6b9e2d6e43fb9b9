a = 'single'
b = "double"
c = '''triple
single'''
d = """triple
double"""
print(a, b)
print(c)
print(d)
print('it\'s', "say \"hi\"", 'mix "quotes"', "mix 'quotes'")
print(repr('it\'s'), repr("say \"hi\""), repr('both \' and "'))
print(len(c), len(d))
