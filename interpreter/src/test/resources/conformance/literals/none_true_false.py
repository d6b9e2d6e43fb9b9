print(None, True, False)
print(type(None).__name__, type(True).__name__)
print(repr(None), str(True), repr(False))
print(None is None, True is True, False is not True)
print(True == 1, False == 0, (1 == 1) is True)
x = None
print(x is None, x == None, not x)
print([None, True, False])
