class Empty(Exception):
    pass
try:
    raise Empty
except Empty as e:
    print('caught once', repr(e), e.args)
print('raising Empty without args')
raise Empty
