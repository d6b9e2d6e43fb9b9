class Point:
    __match_args__ = ('x', 'y')
    def __init__(self, x, y):
        self.x = x
        self.y = y
def where(p):
    match p:
        case Point(0, 0):
            return 'origin'
        case Point(x=0, y=yy):
            return f'on y axis at {yy}'
        case Point(xx, 0):
            return f'on x axis at {xx}'
        case Point():
            return 'somewhere'
        case {'action': 'move', 'to': [x, y]}:
            return f'move to {x},{y}'
        case {'action': str(a), **rest}:
            return f'action {a} with {sorted(rest)}'
        case str() | bytes():
            return 'text'
        case _:
            return 'unknown'
for v in [Point(0, 0), Point(0, 5), Point(3, 0), Point(1, 1), {'action': 'move', 'to': [1, 2]},
          {'action': 'jump', 'height': 3, 'speed': 1}, 'abc', b'x', 3.5]:
    print(where(v))
try:
    match Point(1, 2):
        case Point(1, 2, 3):
            pass
except TypeError as e:
    print('TypeError', e)
