s = 'a😀b🎉'
print(len(s), s[1], s[-1], s[2])
print(s[::-1], s[1:3])
print(ord('😀'), chr(128512), chr(0x1F389))
print('😀' * 3, len('😀' * 3))
print(s.find('b'), s.index('🎉'), s.count('😀'))
print('😀'.encode('utf-8'), len('😀'.encode('utf-8')))
print(repr('\U0001F600'), '\U0001F600' == '😀')
