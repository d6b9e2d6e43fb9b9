def make_tree(depth):
    if depth == 0:
        return None
    return [make_tree(depth - 1), depth, make_tree(depth - 1)]
def size(t):
    if t is None:
        return 0
    return size(t[0]) + 1 + size(t[2])
print(size(make_tree(10)))
class Node:
    def __init__(self, val, nxt=None):
        self.val = val
        self.nxt = nxt
    def length(self):
        return 1 + (self.nxt.length() if self.nxt else 0)
head = None
for i in range(450):
    head = Node(i, head)
print(head.length(), head.val)
