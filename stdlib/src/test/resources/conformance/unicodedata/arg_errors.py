import unicodedata as u

for f in [u.name, u.category, u.bidirectional, u.combining, u.east_asian_width, u.mirrored,
          u.decimal, u.digit, u.numeric, u.decomposition]:
    for arg in ['ab', 5, '', None, b'a', '\U0001F600\U0001F600']:
        try:
            f(arg)
        except TypeError as e:
            print(f.__name__, repr(arg), 'TypeError', e)
print(u.unidata_version, u.__name__)
print(u.category('\U0001F600'), u.name('\U0001F600'))
for f in [u.decimal, u.digit, u.numeric, u.name]:
    print(f('x', 'dflt'), f('x', None))
