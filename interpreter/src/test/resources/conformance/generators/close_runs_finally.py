def closer():
    try:
        yield 1
        yield 2
    finally:
        print('closed')
c = closer()
print(next(c))
c.close()
print(list(c))
