# Trees: a binary search tree with traversals, and an expression tree


class BST:
    class Node:
        def __init__(self, key):
            self.key = key
            self.left = self.right = None

    def __init__(self):
        self.root = None
        self.size = 0

    def insert(self, key):
        def _ins(node):
            if node is None:
                self.size += 1
                return BST.Node(key)
            if key < node.key:
                node.left = _ins(node.left)
            elif key > node.key:
                node.right = _ins(node.right)
            return node
        self.root = _ins(self.root)

    def __contains__(self, key):
        node = self.root
        while node:
            if key == node.key:
                return True
            node = node.left if key < node.key else node.right
        return False

    def inorder(self, node="start"):
        if node == "start":
            node = self.root
        if node is None:
            return
        yield from self.inorder(node.left)
        yield node.key
        yield from self.inorder(node.right)

    def height(self, node="start"):
        if node == "start":
            node = self.root
        if node is None:
            return 0
        return 1 + max(self.height(node.left), self.height(node.right))

    def levels(self):
        out, frontier = [], [self.root] if self.root else []
        while frontier:
            out.append([n.key for n in frontier])
            frontier = [c for n in frontier for c in (n.left, n.right) if c]
        return out


t = BST()
for k in [50, 30, 70, 20, 40, 60, 80, 35, 45, 65, 30]:
    t.insert(k)
print(list(t.inorder()), t.size, t.height())
print(t.levels())
print(35 in t, 36 in t)


def evaluate(tree):
    match tree:
        case int() | float() as n:
            return n
        case ("neg", x):
            return -evaluate(x)
        case (op, a, b):
            x, y = evaluate(a), evaluate(b)
            return {"+": x + y, "-": x - y, "*": x * y, "/": x / y if y else float("inf")}[op]
        case _:
            raise ValueError(f"bad node {tree!r}")


def show(tree):
    match tree:
        case ("neg", x):
            return f"-{show(x)}"
        case (op, a, b):
            return f"({show(a)} {op} {show(b)})"
        case leaf:
            return str(leaf)


expr = ("+", ("*", 3, ("neg", 4)), ("/", 10, ("-", 7, 2)))
print(show(expr), "=", evaluate(expr))
print(evaluate(("/", 1, 0)))
try:
    evaluate(("+", 1, "x"))
except ValueError as e:
    print("ValueError:", e)
