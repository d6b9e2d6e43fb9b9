# complex(): numbers, strings, keywords, __complex__/__float__/__index__, errors
def show(f, *args, **kwargs):
    try:
        print(repr(f(*args, **kwargs)))
    except Exception as e:
        print(type(e).__name__ + ":", e)

show(complex)
show(complex, 1)
show(complex, 1.5)
show(complex, True)
show(complex, 1, 2)
show(complex, 1.5, -2.5)
show(complex, 2j)
show(complex, 1j, 1j)
show(complex, 1 + 2j, 3 + 4j)
show(complex, 0, -0.0)
show(complex, real=3)
show(complex, imag=4)
show(complex, real=1, imag=2)
show(complex, 2 ** 60)
show(complex, 10 ** 400)
show(complex, 1, 10 ** 400)

for s in ["1", "1j", "-1j", "1+2j", "1-2j", "-1.5e3+2.5e-3J", " ( 1-2j ) ", "(3)", "j",
          "-j", "+j", "1+j", "1-j", "inf", "-infj", "nan+nanj", "infinity-infinityj",
          "1e500j", "1_000+2_0j", "\u0661+\u0662j", "\u20031j\u2003", "  7  ", "0x10",
          "1+ 2j", "1 +2j", "1+2", "1j+2", "(1+2j", "1+2j)", "()", "", " ", "1__0",
          "_1", "1_", "1e", "1.2.3", "jj", "1+-2j", "(1+2j) x", "--1"]:
    show(complex, s)

show(complex, "1", 2)
show(complex, 1, "2")
show(complex, None)
show(complex, 1, None)
show(complex, b"1")
show(complex, [1])
show(complex, 1, 2, 3)
show(complex, x=1)
show(complex, 1, real=2)

class HasComplex:
    def __complex__(self):
        return 3 + 4j

class HasFloat:
    def __float__(self):
        return 2.5

class HasIndex:
    def __index__(self):
        return 7

class BadComplex:
    def __complex__(self):
        return 1.5

class Both:
    def __complex__(self):
        return 1j
    def __float__(self):
        return 9.0

class StrSub(str):
    pass

show(complex, HasComplex())
show(complex, HasFloat())
show(complex, HasIndex())
show(complex, HasFloat(), HasIndex())
show(complex, HasComplex(), 1)
show(complex, 1, HasComplex())
show(complex, BadComplex())
show(complex, Both())
show(complex, object())
show(complex, StrSub("5-6j"))
show(complex, 1, object())
