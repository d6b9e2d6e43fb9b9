class Widget:
    def __init__(self):
        self.size = 3
w = Widget()
print(w.size)
print(w.colour_of_the_thing)
