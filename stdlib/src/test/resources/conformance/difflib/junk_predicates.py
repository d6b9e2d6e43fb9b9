from difflib import IS_LINE_JUNK, IS_CHARACTER_JUNK
import re

for line in ['', '\n', '  \n', '#\n', '  #  \n', '# comment\n', 'code\n', '##\n', ' # \t\n',
             '\t\n', 'x', '#', '\u00a0\n', '\x0c\n', '#\n\n']:
    print(repr(line), IS_LINE_JUNK(line))
for ch in [' ', '\t', '\n', 'x', '', ' \t']:
    print(repr(ch), IS_CHARACTER_JUNK(ch))
print(IS_CHARACTER_JUNK('x', 'xyz'), IS_CHARACTER_JUNK(' ', 'xyz'))
print(IS_LINE_JUNK('TODO', re.compile('TODO').match), IS_LINE_JUNK('x', re.compile('TODO').match))
