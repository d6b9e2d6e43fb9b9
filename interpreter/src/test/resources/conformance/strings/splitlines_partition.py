text = 'one\ntwo\r\nthree\rfour\n\nsix'
print(text.splitlines())
print(text.splitlines(True))
print('trailing\n'.splitlines(), ''.splitlines(), '\n'.splitlines())
print('key=value=more'.partition('='))
print('novalue'.partition('='))
print('a b c'.partition(' '), 'abc'.partition('abc'))
