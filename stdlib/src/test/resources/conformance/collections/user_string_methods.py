from collections import UserString

s = UserString('  Hello, World  ')
for name in ['upper', 'lower', 'strip', 'lstrip', 'rstrip', 'title', 'swapcase',
             'capitalize', 'casefold']:
    r = getattr(s, name)()
    print(name, repr(r), type(r).__name__)
t = s.strip()
print(t.center(17, '*'), t.ljust(15, '.'), t.rjust(15), t.zfill(15), type(t.zfill(15)).__name__)
print(t.replace('l', 'L'), t.replace('l', 'L', 1), t.replace(UserString('o'), '0'))
print(t.removeprefix('Hello'), t.removesuffix(UserString('World')), UserString('a\tb').expandtabs(4))
print(t.split(', '), t.split(), t.rsplit('o', 1), UserString('a\nb').splitlines(), t.partition(','),
      t.rpartition('o'))
print(type(t.split()[0]).__name__, type(t.partition(',')[0]).__name__)
print(t.find('o'), t.rfind('o'), t.index('W'), t.rindex('l'), t.count('l'), t.count(UserString('o')),
      t.find(UserString('World')))
print(t.startswith('Hell'), t.endswith(('x', 'd')), t.isalpha(), UserString('abc').isalpha(),
      UserString('12').isdigit(), UserString('Ab').istitle(), UserString('').isspace())
print(t.encode(), UserString('é').encode('utf-8'), t.join(['1', '2']), type(t.join('ab')).__name__)
print(UserString('{0}-{x}').format(1, x=2), UserString('{a}').format_map({'a': 5}))
table = UserString.maketrans('lo', '01')
print(t.translate(table), type(t.translate(table)).__name__)
try:
    t.center()
except TypeError as e:
    print('TypeError', type(e).__name__)
try:
    t.rindex('zz')
except ValueError as e:
    print('ValueError', e)


class Shout(UserString):
    def shout(self):
        return self.upper() + '!'


x = Shout('hey')
print(x.shout(), type(x.shout()).__name__, type(x[0]).__name__, type(x + 'a').__name__)
