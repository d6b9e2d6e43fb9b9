from difflib import ndiff, IS_LINE_JUNK, IS_CHARACTER_JUNK

a = 'one\ntwo\nthree\nfour\n'.splitlines(keepends=True)
b = 'ore\ntree\nemu\nfour\n'.splitlines(keepends=True)
print(''.join(ndiff(a, b)), end='')
print('----')
a = ['\tIndented line\n', 'The quick brown fox\n', 'jumps over\n', 'the lazy dog\n']
b = ['    Indented line\n', 'The quick brown cat\n', 'jumped over\n', 'a lazy dog\n',
     'extra\n']
print(''.join(ndiff(a, b)), end='')
print('----')
print(''.join(ndiff(a, b, linejunk=IS_LINE_JUNK, charjunk=None)), end='')
print('----')
print(list(ndiff(['abcdefghij'], ['abcdefghijk'])))
print(list(ndiff(['same'], ['same'])))
print(list(ndiff([], ['new'])))
print(list(ndiff(['old'], [])))
print(list(ndiff(['completely different'], ['nothing alike here'])))
print(list(ndiff(['a\n', 'b\n', 'a\n'], ['a\n', 'a\n', 'b\n'])))
print(list(ndiff(['private Thread currentThread;'], ['private volatile Thread currentThread;'])))
print(list(ndiff(['x y z'], ['x  y z'])))
print(list(ndiff(['1 2 3 4 5'], ['1 2 3 4 6'], charjunk=lambda c: c == ' ')))
print(list(ndiff(['a\tb'], ['a\tc'])))
