s = '''first
second
  third'''
lines = s.split('\n')
print(len(lines), lines)
print(s.count('\n'), s.splitlines()[2].strip())
e = ''
print(len(e), repr(e * 5), e == '', bool(e))
print(repr('\n'.join(['', '', ''])))
