import pprint

class MyDict(dict):
    pass

class MyList(list):
    pass

class ReprList(list):
    def __repr__(self):
        return "ReprList(%d items)" % len(self)

class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __repr__(self):
        return "Point(%r, %r)" % (self.x, self.y)

data = [MyDict(a=1, b=list(range(10))), MyList(range(15)), ReprList(range(50)),
        [Point(i, i * i) for i in range(6)]]
pprint.pprint(data, width=30)
print(pprint.isreadable(Point(1, 2)), pprint.saferepr(MyDict(z=1, a=2)))
