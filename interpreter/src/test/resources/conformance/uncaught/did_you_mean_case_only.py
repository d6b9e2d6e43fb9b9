class Point:
    def __init__(self):
        self.X = 1


print(Point().x)
