s = 'python'
print(s[0], s[-1], s[3], s[-6], s[len(s) - 1])
print(s[1:4], s[:2], s[4:], s[-3:], s[:-3])
print(s[::2], s[1::2], s[::-1], s[-1:-4:-1])
print(repr(s[10:]), repr(s[3:1]), s[-100:100])
for i in range(-2, 2):
    print(i, s[i])
