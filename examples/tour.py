# A tour of the Python subset Moat runs.
#
#   ./moat examples/tour.py
#
# Its output is checked byte for byte against examples/tour.out, which CPython 3.11 produced:
#   python3 examples/tour.py > examples/tour.out


def section(title):
    print()
    print("== " + title + " " + "=" * (60 - len(title)))


# ---------------------------------------------------------------------------------------------
section("Literals and arithmetic")

print(42, -7, 0x2A, 0o52, 0b101010, 1_000_000)
print(3.5, 1e-3, 2.5e10, 0.1 + 0.2)
print(True, False, None)
print(7 + 3, 7 - 3, 7 * 3, 7 / 2, 7 // 2, 7 % 3, 7 ** 2)
print(-7 // 2, -7 % 3, 7 // -2, divmod(17, 5), divmod(-17, 5))
print(abs(-4), round(2.675, 2), round(7.5), round(8.5), min(3, 1, 2), max([4, 9, 2]))
print(1 << 10, 0xFF & 0x0F, 0xF0 | 0x0F, 6 ^ 3, ~5)
print(int("123") + 1, float("2.5") * 2, int(9.99), int("-17"), int("ff", 16))
print(True + True, 10 == 10.0, 1 / 4)

# ---------------------------------------------------------------------------------------------
section("Big integers")

print(2 ** 100)
print(3 ** 50 - 2 ** 70)
factorial = 1
for i in range(1, 31):
    factorial *= i
print("30! =", factorial)
print(factorial // 2 ** 20, factorial % 1_000_007)
print(-(10 ** 25) // 7, (10 ** 25) % -7)
print(len(str(2 ** 1000)), sum(int(d) for d in str(2 ** 1000)))
print((2 ** 64 - 1) == 18446744073709551615, 2 ** 64 > 2 ** 63)

# ---------------------------------------------------------------------------------------------
section("Strings")

s = "Hello, World"
print(s.upper(), s.lower(), s.swapcase())
print(len(s), s[0], s[-1], s[7:], s[:5], s[::-1], s[1:10:3])
print(s.find("World"), s.replace("World", "Moat"), s.split(", "), "-".join(["a", "b", "c"]))
print(s.startswith("Hell"), s.endswith("x"), "lo" in s, s.count("l"))
print("  padded  ".strip() + "|", "x".center(7, "*"), "7".zfill(3), "ab" * 3)
print("tab\tand\nnewline".split(), "a,b,,c".split(","), "Title case words".title())
print(repr("quote's"), repr('say "hi"'), "caf\u00e9", ord("A"), chr(9731))
print("isdigit:", "123".isdigit(), "abc".isalpha(), "  ".isspace(), "Abc".islower())
print("%s has %d items costing %.2f" % ("cart", 3, 9.5))

# ---------------------------------------------------------------------------------------------
section("f-strings and format specs")

name, qty, price = "widget", 7, 3.14159
print(f"{name!r:>10} x{qty:03d} @ {price:.2f} = {qty * price:,.3f}")
print(f"[{name:<10}] [{name:^10}] [{name:>10}] [{name:*^12}]")
print(f"{255:x} {255:X} {255:#o} {255:b} {1234567:,} {1234567:_d}")
print(f"{0.5:.0%} {1 / 3:.4f} {12345.678:e} {12345.678:.3g} {-3.5:+.1f} {42:+d}")
big = 2 ** 70
print(f"{big:,} {big:>30} {big % 1000:05}")
width = 8
print(f"{'nested':>{width}}|{3.14159:.{width - 5}f}|{{braces}}")
print(f"{qty = }, {name.upper() = }")

# ---------------------------------------------------------------------------------------------
section("Lists, tuples, dicts and sets")

nums = [5, 3, 8, 1, 9, 2]
nums.append(7)
nums.extend([4, 6])
nums.insert(0, 10)
print(nums, len(nums))
last = nums.pop()
first_item = nums.pop(0)
print(last, first_item, nums)
nums.sort()
print(nums, sorted(nums, reverse=True), nums.index(8), 3 in nums)
nums.reverse()
print(nums, nums[1:4], nums[::2], nums[-3:])
nums[1:3] = ["a", "b", "c"]
del nums[0]
print(nums)
matrix = [[1, 2, 3], [4, 5, 6]]
print(matrix, [row[1] for row in matrix], list(zip(*matrix)))

point = (3, 4)
x, y = point
first, *rest = [1, 2, 3, 4]
print(point, x, y, first, rest, point + (5,), (1,) * 3, len(point))
a, b = 1, 2
a, b = b, a
print(a, b)

ages = {"alice": 31, "bob": 27}
ages["carol"] = 35
ages["bob"] += 1
print(ages, ages["alice"], ages.get("dave"), ages.get("dave", 0), "bob" in ages)
print(list(ages.keys()), list(ages.values()), list(ages.items()))
for person, age in sorted(ages.items(), key=lambda kv: kv[1]):
    print(f"  {person}: {age}")
print(ages.pop("alice"), ages, len(ages))
counts = {}
for ch in "mississippi":
    counts[ch] = counts.get(ch, 0) + 1
print(counts)
merged = {**counts, "z": 0}
print(merged, dict(a=1, b=2), dict([("k", "v")]))

evens = {0, 2, 4, 6, 8}
threes = {0, 3, 6, 9}
print(sorted(evens & threes), sorted(evens | threes), sorted(evens - threes),
      sorted(evens ^ threes))
print(len(evens), 4 in evens, 5 in evens, {1, 2} <= {1, 2, 3}, set() == set([]))

# ---------------------------------------------------------------------------------------------
section("Comprehensions and generator expressions")

squares = [n * n for n in range(10)]
print(squares)
print([n for n in squares if n % 2 == 0])
print({n: n ** 3 for n in range(5)})
print(sorted({n % 4 for n in range(20)}))
print([(i, j) for i in range(3) for j in range(3) if i != j])
print(sum(n for n in range(101)), any(n > 50 for n in squares), all(n >= 0 for n in squares))
print(max(len(w) for w in ["a", "abc", "ab"]), ",".join(str(n) for n in range(5)))
print(list(enumerate("abc", start=1)), list(reversed(range(5))), list(range(10, 0, -3)))
print(list(map(str, [1, 2, 3])), list(filter(None, [0, 1, "", "x", None, []])))

# ---------------------------------------------------------------------------------------------
section("Slicing")

letters = list("abcdefghij")
print(letters[2:5], letters[:3], letters[7:], letters[-2:], letters[::3], letters[::-2])
print(letters[100:], letters[-100:2], "abcdef"[1:-1], (0, 1, 2, 3)[1::2])
letters[::2] = ["A", "C", "E", "G", "I"]
del letters[-3:]
print("".join(letters))

# ---------------------------------------------------------------------------------------------
section("Functions")


def describe(thing, adjective="plain", *extras, sep=", ", **options):
    parts = [adjective + " " + thing]
    parts.extend(extras)
    for key in sorted(options):
        parts.append(f"{key}={options[key]}")
    return sep.join(parts)


print(describe("box"))
print(describe("box", "red", "large", "heavy"))
print(describe("box", sep=" / ", color="blue", size=3))
args = ["ball", "green"]
kwargs = {"sep": "; ", "weight": 2}
print(describe(*args, "bouncy", **kwargs))


def keyword_only(a, *, scale=2):
    return a * scale


print(keyword_only(5), keyword_only(5, scale=10))
try:
    keyword_only(5, 10)
except TypeError as e:
    print("TypeError:", e)


def fib(n):
    """Return the n-th Fibonacci number (recursively)."""
    return n if n < 2 else fib(n - 1) + fib(n - 2)


print([fib(n) for n in range(15)], fib.__name__)

# ---------------------------------------------------------------------------------------------
section("Closures, nonlocal and lambdas")


def make_counter(start=0):
    count = start

    def increment(step=1):
        nonlocal count
        count += step
        return count

    return increment


counter = make_counter(10)
counter()
counter(5)
print("counter:", counter())


def make_multipliers():
    return [lambda x, k=k: x * k for k in range(1, 4)]


print([m(10) for m in make_multipliers()])
compose = lambda f, g: lambda x: f(g(x))
inc_then_double = compose(lambda x: x * 2, lambda x: x + 1)
print(inc_then_double(5))

words = ["banana", "Apple", "cherry", "date", "Elderberry"]
print(sorted(words))
print(sorted(words, key=str.lower))
print(sorted(words, key=lambda w: (len(w), w)))
print(sorted(words, key=len, reverse=True)[:2], min(words, key=len), max(words, key=len))

# ---------------------------------------------------------------------------------------------
section("Classes")


class Shape:
    count = 0

    def __init__(self, name):
        self.name = name
        Shape.count += 1

    def area(self):
        return 0

    def describe(self):
        return f"{self.name} with area {self.area():.2f}"

    def __repr__(self):
        return f"{type(self).__name__}({self.name!r})"


class Rectangle(Shape):
    def __init__(self, width, height):
        super().__init__("rectangle")
        self.width = width
        self.height = height

    def area(self):
        return self.width * self.height

    def __eq__(self, other):
        if not isinstance(other, Rectangle):
            return NotImplemented
        return (self.width, self.height) == (other.width, other.height)

    def __repr__(self):
        return f"Rectangle({self.width}, {self.height})"

    @classmethod
    def square(cls, side):
        return cls(side, side)

    @staticmethod
    def is_valid_side(value):
        return value > 0


class Circle(Shape):
    PI = 3.14159

    def __init__(self, radius):
        super().__init__("circle")
        self._radius = radius

    @property
    def radius(self):
        return self._radius

    @radius.setter
    def radius(self, value):
        if value <= 0:
            raise ValueError("radius must be positive")
        self._radius = value

    @property
    def diameter(self):
        return 2 * self._radius

    def area(self):
        return Circle.PI * self._radius ** 2


shapes = [Rectangle(3, 4), Circle(1), Rectangle.square(2), Shape("blob")]
for shape in shapes:
    print(" ", shape.describe())
print(shapes)
print(Shape.count, Rectangle(2, 2) == Rectangle.square(2), Rectangle(1, 2) != Rectangle(2, 1))
print(Rectangle.is_valid_side(-1), isinstance(shapes[0], Shape), issubclass(Circle, Rectangle))
c = shapes[1]
c.radius = 2.5
print(c.radius, c.diameter, f"{c.area():.3f}")
try:
    c.radius = -1
except ValueError as e:
    print("ValueError:", e)
print(sorted(shapes, key=lambda s: s.area()))


class Vector:
    def __init__(self, x, y):
        self.x, self.y = x, y

    def __add__(self, other):
        return Vector(self.x + other.x, self.y + other.y)

    def __mul__(self, k):
        return Vector(self.x * k, self.y * k)

    def __len__(self):
        return 2

    def __getitem__(self, i):
        return (self.x, self.y)[i]

    def __lt__(self, other):
        return (self.x ** 2 + self.y ** 2) < (other.x ** 2 + other.y ** 2)

    def __str__(self):
        return f"<{self.x}, {self.y}>"

    def __repr__(self):
        return f"Vector({self.x}, {self.y})"


v = Vector(1, 2) + Vector(3, 4) * 2
print(v, repr(v), len(v), v[0], list(v), sorted([Vector(3, 3), Vector(1, 0), v]))

# ---------------------------------------------------------------------------------------------
section("Exceptions")


class InsufficientFunds(Exception):
    def __init__(self, needed, available):
        super().__init__(f"need {needed}, have {available}")
        self.needed = needed
        self.available = available


class Account:
    def __init__(self, balance):
        self.balance = balance

    def withdraw(self, amount):
        if amount > self.balance:
            raise InsufficientFunds(amount, self.balance)
        self.balance -= amount
        return self.balance


def attempt(account, amount):
    try:
        left = account.withdraw(amount)
    except InsufficientFunds as e:
        print(f"  refused: {e} (short by {e.needed - e.available})")
    else:
        print(f"  withdrew {amount}, {left} left")
    finally:
        print(f"  balance is {account.balance}")


acct = Account(100)
attempt(acct, 30)
attempt(acct, 500)

for bad in ["1/0", "int('x')", "[][1]", "{}['k']", "undefined", "None.attr", "1 + 'a'"]:
    try:
        if bad == "1/0":
            1 / 0
        elif bad == "int('x')":
            int("x")
        elif bad == "[][1]":
            [][1]
        elif bad == "{}['k']":
            {}["k"]
        elif bad == "undefined":
            undefined_name
        elif bad == "None.attr":
            None.attr
        else:
            1 + "a"
    except (ZeroDivisionError, ValueError) as e:
        print(f"  {bad:10} -> arithmetic/value: {type(e).__name__}: {e}")
    except LookupError as e:
        print(f"  {bad:10} -> lookup: {type(e).__name__}: {e}")
    except Exception as e:
        print(f"  {bad:10} -> other: {type(e).__name__}: {e}")


class ConfigError(Exception):
    pass


def load_port(text):
    try:
        return int(text)
    except ValueError as e:
        raise ConfigError(f"bad port {text!r}") from e


try:
    load_port("eighty")
except ConfigError as e:
    print("ConfigError:", e, "| caused by", type(e.__cause__).__name__ + ":", e.__cause__)


def cleanup_order():
    log = []
    try:
        try:
            log.append("try")
            raise KeyError("inner")
        finally:
            log.append("finally")
    except KeyError as e:
        log.append(f"caught {e}")
    return log


print(cleanup_order())

# ---------------------------------------------------------------------------------------------
section("Walrus, chained comparisons and control flow")

data = [4, 8, 15, 16, 23, 42]
if (n := len(data)) > 5:
    print(f"{n} items, more than five")
print([y for x in data if (y := x * 2) > 30])
remaining = list(data)
while (item := remaining.pop()) != 15:
    print("  popped", item)
print(1 < 2 < 3, 3 > 2 > 2, 1 < 3 != 4, 0 <= 5 < 10 <= 10, "a" < "b" < "c")
for i in range(10):
    if i % 2:
        continue
    if i > 6:
        break
    print("  even", i)
else:
    print("  never printed: the loop was broken")
for i in range(3):
    pass
else:
    print("  loop finished without break, i =", i)
grade = lambda score: "A" if score >= 90 else "B" if score >= 80 else "C"
print([grade(s) for s in (95, 85, 50)])
total = 0
i = 0
while i < 10:
    i += 1
    total += i
print("total", total, "ternary", "even" if total % 2 == 0 else "odd")

section("Done")
print("tour complete")
