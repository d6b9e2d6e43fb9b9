from difflib import get_close_matches

words = ['ape', 'apple', 'peach', 'puppy', 'applet', 'appeal', 'maple', 'grape', 'happy']
for w in ['appel', 'apply', 'pech', 'zzz', '', 'happy', 'APPLE']:
    print(repr(w), get_close_matches(w, words), get_close_matches(w, words, n=1),
          get_close_matches(w, words, 10, 0.3), get_close_matches(w, words, cutoff=0.0)[:4])
print(get_close_matches('lamda', ['lambda', 'elif', 'else', 'def', 'del']))
print(get_close_matches('ab', ['ba', 'ab', 'ab', 'abc']))
print(get_close_matches('x', []), get_close_matches('abc', 'abc'))
print(get_close_matches([1, 2, 3], [[1, 2], [3, 2, 1], [1, 2, 3, 4]]))
for n, cutoff in [(0, 0.5), (-1, 0.5), (3, 1.5), (3, -0.1), (1.5, 0.5)]:
    try:
        print(get_close_matches('a', ['a'], n, cutoff))
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
