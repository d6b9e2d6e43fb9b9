# Binary and unary arithmetic with int, float and complex on either side
def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__ + ":", e)

values = [3, -2, 1.5, 0.0, True, 2 + 3j, -1j, complex(0.5, -0.25)]
for a in values:
    for b in values:
        if isinstance(a, complex) or isinstance(b, complex):
            show("%r + %r" % (a, b), lambda: a + b)
            show("%r - %r" % (a, b), lambda: a - b)
            show("%r * %r" % (a, b), lambda: a * b)
            show("%r / %r" % (a, b), lambda: a / b)

show("neg", lambda: -(1 + 2j))
show("neg zero", lambda: -0j)
show("pos", lambda: +(1 - 2j))
show("abs", lambda: abs(3 + 4j))
show("abs big", lambda: abs(complex(1e308, 1e308)))
show("abs inf nan", lambda: abs(complex(float("inf"), float("nan"))))
show("abs overflow", lambda: abs(complex(1.7e308, 1.7e308)))
show("invert", lambda: ~1j)

# division: Smith's method, zeros
show("div", lambda: (1 + 2j) / (3 - 4j))
show("div small", lambda: 1 / complex(1e-300, 1e-300))
show("div by 0j", lambda: (1 + 1j) / 0j)
show("div by 0", lambda: 1j / 0)
show("div by 0.0", lambda: 1j / 0.0)
show("int div by 0j", lambda: 1 / 0j)
show("div nan", lambda: complex(float("nan"), 1) / 1j)

# powers: small integer exponents by repeated squaring, others through polar form
for z in [1 + 1j, 1 + 2j, -2j, 0.5 - 0.5j, 1j]:
    for n in [0, 1, 2, 3, 5, -1, -2, -3, 10, 100, 101]:
        show("%r ** %r" % (z, n), lambda: z ** n)
    for w in [0.5, -0.5, 2.0, 1j, 1 + 1j, complex(2, 0), 1e-3j]:
        show("%r ** %r" % (z, w), lambda: z ** w)
show("2 ** 1j", lambda: 2 ** 1j)
show("2.0 ** (1+1j)", lambda: 2.0 ** (1 + 1j))
show("0j ** 0", lambda: 0j ** 0)
show("0j ** 2", lambda: 0j ** 2)
show("0j ** -1", lambda: 0j ** -1)
show("0j ** 1j", lambda: 0j ** 1j)
show("0j ** -1.5", lambda: 0j ** -1.5)
show("0 ** -1j", lambda: 0 ** -1j)
show("overflow", lambda: complex(1e300, 0) ** 2)
show("overflow big exponent", lambda: (2 + 2j) ** 2000.5)
show("inf base", lambda: complex(float("inf"), 0) ** 2)
show("big int exponent", lambda: (1 + 1j) ** (10 ** 400))

# negative floats to fractional powers give complex results
show("(-8) ** (1/3)", lambda: (-8) ** (1 / 3))
show("(-8.0) ** 0.5", lambda: (-8.0) ** 0.5)
show("(-1) ** 0.5", lambda: (-1) ** 0.5)
show("(-2.0) ** -1.5", lambda: (-2.0) ** -1.5)
show("(-8.0) ** 2.0", lambda: (-8.0) ** 2.0)
show("(-8.0) ** nan", lambda: (-8.0) ** float("nan"))
show("pow(-8.0, 0.5)", lambda: pow(-8.0, 0.5))
show("(-4.0).__pow__(0.5)", lambda: (-4.0).__pow__(0.5))

# the same operations inside loops (specialised float nodes fall back to the generic path)
acc = []
x = -8.0
for e in [2.0, 0.5, 3.0, 1.5]:
    acc.append(x ** e)
print(acc)
r = 2.0
for e in [0.5, 3.0]:
    r **= e
print(r)
q = -2.0
q **= 0.5
print(q)
t = 1.0
for k in range(4):
    t = t * 2.0 + 1j if k == 2 else t * 2.0
print(t)
s = 0
for k in range(5):
    s += k * 1j
print(s)
z = 1 + 1j
for k in range(3):
    z *= z
    z -= 1
print(z)

# operators complex does not have
def eval_op(op, a, b):
    if op == "//":
        return a // b
    if op == "%":
        return a % b
    if op == "<<":
        return a << b
    if op == ">>":
        return a >> b
    if op == "&":
        return a & b
    if op == "|":
        return a | b
    if op == "^":
        return a ^ b
    return a @ b

for op in ["//", "%", "<<", ">>", "&", "|", "^", "@"]:
    show("1j %s 2" % op, lambda: eval_op(op, 1j, 2))
    show("2 %s 1j" % op, lambda: eval_op(op, 2, 1j))

show("1j + 'a'", lambda: 1j + "a")
show("'a' * 1j", lambda: "a" * 1j)
show("[1] * 1j", lambda: [1] * 1j)
show("1j + None", lambda: 1j + None)
show("divmod", lambda: divmod(1j, 2))
show("rdivmod", lambda: divmod(2, 1j))
show("pow 3 args", lambda: pow(1j, 2, 3))
show("pow int complex mod", lambda: pow(2, 1j, 3))
show("pow float complex mod", lambda: pow(2.0, 1j, 3))
show("pow", lambda: pow(1 + 1j, 2))
