class Rect:
    def __init__(self):
        self.width = 2

    @property
    def area(self):
        return self.widht * 2


print(Rect().width)
print(Rect().area)
