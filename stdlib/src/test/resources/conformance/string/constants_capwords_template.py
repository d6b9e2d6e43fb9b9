import string
print(repr(string.punctuation), repr(string.whitespace), repr(string.printable[-10:]))
print(string.ascii_letters, string.hexdigits, string.octdigits, len(string.printable))
t = string.Template('$who likes ${what} $$5')
print(t.substitute(who='tim', what='kung pao'))
try:
    t.substitute(who='x')
except KeyError as e:
    print('KeyError', e)
try:
    string.Template('bad $ here').substitute()
except ValueError as e:
    print('ValueError', e)
try:
    string.Template('ok\nbad ${x').substitute(x=1)
except ValueError as e:
    print('ValueError', e)
print(string.Template('$a and $b and $').safe_substitute(a=1))
print(string.capwords('  hello   world  '), string.capwords('a-b c-d', '-'))
print(string.Template('$x').substitute({'x': 1}, x=2), string.Template.delimiter)
print(string.Template('$a ${b} $a').get_identifiers(), string.Template('$').is_valid())
class Pct(string.Template):
    delimiter = '%'
print(Pct('%name is %%fine').substitute(name='it'))
