from difflib import Differ, restore, ndiff

text1 = '''  1. Beautiful is better than ugly.
  2. Explicit is better than implicit.
  3. Simple is better than complex.
  4. Complex is better than complicated.
'''.splitlines(keepends=True)
text2 = '''  1. Beautiful is better than ugly.
  3.   Simple is better than complex.
  4. Complicated is better than complex.
  5. Flat is better than nested.
'''.splitlines(keepends=True)
d = Differ()
result = list(d.compare(text1, text2))
print(''.join(result), end='')
print(''.join(restore(result, 1)) == ''.join(text1))
print(''.join(restore(result, 2)) == ''.join(text2))
print(list(restore(['  a', '- b', '+ c', '? ^', 'x'], 1)))
print(list(restore(['  a', '- b', '+ c', '? ^', 'x'], '2')))
for bad in [3, 0, 'x']:
    try:
        list(restore([], bad))
    except ValueError as e:
        print('ValueError', e)
d = Differ(charjunk=lambda c: c in ' .')
print(list(d.compare(['a. b. c'], ['a. b. d'])))
print(d.linejunk, d.charjunk('.'))
delta = ndiff(['x\n'], ['y\n'])
print(next(delta), list(delta))
