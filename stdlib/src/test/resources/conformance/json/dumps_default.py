import json
class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y
def enc(o):
    if isinstance(o, Point):
        return {"x": o.x, "y": o.y}
    if isinstance(o, set):
        return sorted(o)
    raise TypeError("cannot encode " + type(o).__name__)
print(json.dumps([Point(1, 2), {3, 1, 2}], default=enc))
print(json.dumps({"p": Point(Point(0, 0), 5)}, default=enc, indent=2))
try:
    json.dumps(Point(1, 2))
except TypeError as e:
    print(type(e).__name__, e)
try:
    json.dumps({"s": {1}})
except TypeError as e:
    print(type(e).__name__, e)
try:
    json.dumps([b"x"], default=enc)
except TypeError as e:
    print(type(e).__name__, e)
print(json.dumps([range(3), 2], default=list))
