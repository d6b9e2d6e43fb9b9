from abc import ABC, abstractmethod
from functools import total_ordering, reduce, partial, wraps, lru_cache
from operator import attrgetter, itemgetter
import itertools, collections, heapq, bisect, copy

class Shape(ABC):
    @abstractmethod
    def area(self): ...
    def __repr__(self):
        return f"{type(self).__name__}(area={self.area():.2f})"
class Sq(Shape):
    __slots__ = ("s",)
    def __init__(self, s): self.s = s
    def area(self): return self.s ** 2
try:
    Shape()
except TypeError as e:
    print(e)
print(sorted([Sq(3), Sq(1)], key=lambda s: s.area()))
@total_ordering
class V:
    def __init__(self, n): self.n = n
    def __eq__(self, o): return self.n == o.n
    def __lt__(self, o): return self.n < o.n
    def __hash__(self): return hash(self.n)
print(V(1) <= V(2), V(3) >= V(2), len({V(1), V(1)}))
class Temp:
    def __init__(self): self._c = 0
    @property
    def c(self): return self._c
    @c.setter
    def c(self, v):
        if v < -273: raise ValueError("too cold")
        self._c = v
t = Temp(); t.c = 20
try: t.c = -300
except ValueError as e: print(e, t.c)
def deco(fn):
    @wraps(fn)
    def inner(*a, **k):
        return fn(*a, **k) * 2
    return inner
@deco
def f(x):
    "doc"
    return x
print(f(2), f.__name__, f.__doc__, f.__wrapped__(2))
@lru_cache(maxsize=None)
def fib(n): return n if n < 2 else fib(n-1) + fib(n-2)
print(fib(80), fib.cache_info().hits > 0)
class Proxy:
    def __init__(self, t): self._t = t
    def __getattr__(self, n): return getattr(self._t, n)
print(Proxy([1,2]).count(1), Proxy("ab").upper())
def chain(*its):
    for it in its:
        yield from it
print(list(chain([1], (2, 3), "ab")), list(itertools.islice(itertools.count(5, 2), 3)))
Emp = collections.namedtuple("Emp", "name dept salary")
emps = [Emp("a", "x", 3), Emp("b", "y", 1), Emp("c", "x", 2)]
print(sorted(emps, key=attrgetter("dept", "salary")), max(emps, key=itemgetter(2)).name)
by = collections.defaultdict(list)
for e in emps: by[e.dept].append(e.name)
print(dict(by), [k for k, _ in itertools.groupby(sorted(e.dept for e in emps))])
print(heapq.nsmallest(2, [5, 1, 4]), bisect.bisect([1, 3, 5], 4), reduce(lambda a, b: a * b, range(1, 6)))
class Node:
    def __init__(self, v, kids=()): self.v, self.kids = v, list(kids)
    def __iter__(self):
        yield self.v
        for k in self.kids: yield from k
tree = Node(1, [Node(2, [Node(3)]), Node(4)])
print(list(tree), sum(tree), copy.deepcopy(tree).kids[0].kids[0].v)
class Ctx:
    def __enter__(self): print("enter"); return self
    def __exit__(self, et, ev, tb): print("exit", et.__name__ if et else None); return True
with Ctx() as c:
    raise RuntimeError("swallowed")
print("after")
class Base:
    def hello(self): return ["Base"]
class L(Base):
    def hello(self): return ["L"] + super().hello()
class R(Base):
    def hello(self): return ["R"] + super().hello()
class D(L, R):
    def hello(self): return ["D"] + super().hello()
print(D().hello(), [c.__name__ for c in D.__mro__])
class Money:
    def __init__(self, c): self.c = c
    def __format__(self, spec): return f"${self.c / 100:{spec or '.2f'}}"
    def __add__(self, o): return Money(self.c + (o.c if isinstance(o, Money) else o))
    __radd__ = __add__
print(f"{Money(1234)}", f"{Money(5):.1f}", format(sum([Money(1), Money(2)], Money(0))))
class Err(Exception):
    def __init__(self, code, msg):
        super().__init__(msg)
        self.code = code
try:
    raise Err(404, "nf")
except Exception as e:
    print(type(e).__name__, e.code, e, e.args)
add3 = partial(lambda a, b, c: a + b + c, 1, c=3)
print(add3(2), [*map(str.upper, ["a", "b"])], list(filter(None, [0, 1, "", "x"])))
print(list(enumerate("ab", start=1)), list(reversed(range(3))), dict(zip("ab", [1, 2])))
