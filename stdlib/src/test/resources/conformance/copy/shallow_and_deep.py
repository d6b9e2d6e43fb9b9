import copy
class P:
    def __init__(s, x):
        s.x = x
        s.items = [x]
a = P(1)
b = copy.copy(a)
c = copy.deepcopy(a)
print(b.items is a.items, c.items is a.items, type(c).__name__, c.x, c is a)
l = [[1], {'k': [2]}]
l.append(l)
d = copy.deepcopy(l)
print(d[2] is d, d[0] is l[0], d)
shared = [0]
pair = [shared, shared]
dp = copy.deepcopy(pair)
print(dp[0] is dp[1], dp[0] is shared)
class H:
    def __copy__(self):
        return 'copied'
    def __deepcopy__(self, memo):
        return 'deep'
print(copy.copy(H()), copy.deepcopy([H()]))
t = (1, [2])
print(copy.copy(t) is t, copy.deepcopy(t) is t, copy.deepcopy(t) == t)
print(copy.copy({1, 2}), copy.deepcopy(frozenset([1])), copy.copy(3.5), copy.copy([1, [2]]))
class Bag(list):
    pass
bag = Bag([1, [2]])
bag.name = 'b'
bc = copy.deepcopy(bag)
print(type(bc).__name__, bc, bc.name, bc[1] is bag[1])
class Tree:
    def __init__(self, kids=()):
        self.kids = list(kids)
        self.parent = None
        for k in self.kids:
            k.parent = self
root = Tree([Tree(), Tree()])
r2 = copy.deepcopy(root)
print(r2.kids[0].parent is r2, r2.kids[0] is root.kids[0])
