class Stack:
    def __init__(self):
        self.items = []
    def push(self, v):
        self.items.append(v)
        return self
    def pop(self):
        if self.is_empty():
            return None
        return self.items.pop()
    def is_empty(self):
        return len(self.items) == 0
    def size(self):
        return len(self.items)
s = Stack().push(1).push(2).push(3)
print(s.size(), s.pop(), s.pop(), s.size())
print(s.pop(), s.pop(), s.is_empty())
