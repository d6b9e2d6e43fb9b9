try:
    raise ValueError
except ValueError as e:
    print(repr(e), e.args, str(e) == '')
try:
    raise IndexError('idx')
except LookupError as e:
    print(repr(e))
class Custom(Exception):
    pass
try:
    raise Custom
except Custom as e:
    print(type(e).__name__, repr(e))
