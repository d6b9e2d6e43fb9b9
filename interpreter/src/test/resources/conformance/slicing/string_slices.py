s = 'abcdefghij'
print(s[2:5], s[-3:], s[:-3], s[::2], s[::-2])
print(s[7:2:-1], s[-2:-8:-2], repr(s[5:2]))
print(s[1:9:3], s[-1], s[-len(s)])
emoji = 'a😀b😃c'
print(emoji[1:4], emoji[::-1], emoji[::2])
print('abc'[-10:10], 'abc'[3:], repr('abc'[4:]))
