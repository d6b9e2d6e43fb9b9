# Constants, argument conversion, isclose, and the errors of cmath
import cmath

print(cmath.pi, cmath.e, cmath.tau, cmath.inf, cmath.nan, cmath.infj, cmath.nanj)
print(type(cmath.infj).__name__, cmath.infj.imag, cmath.isnan(cmath.nanj))


class HasComplex:
    def __complex__(self):
        return 4j


class HasFloat:
    def __float__(self):
        return 4.0


class HasIndex:
    def __index__(self):
        return -4


class Neither:
    pass


for v in [HasComplex(), HasFloat(), HasIndex(), 4, 4.0, True]:
    print(type(v).__name__, cmath.sqrt(v), cmath.isfinite(v), cmath.phase(v))


def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__ + ":", e)


show("str", lambda: cmath.sqrt("4"))
show("None", lambda: cmath.exp(None))
show("object", lambda: cmath.log(Neither()))
show("base str", lambda: cmath.log(1, "e"))
show("rect complex", lambda: cmath.rect(1j, 0))
show("big int", lambda: cmath.sqrt(10 ** 400))
show("log 0", lambda: cmath.log(0))
show("log base 1", lambda: cmath.log(2, 1))
show("log10 0", lambda: cmath.log10(0j))
show("atanh 1", lambda: cmath.atanh(1))
show("atanh -1", lambda: cmath.atanh(-1))
show("atan 1j", lambda: cmath.atan(1j))
show("exp overflow", lambda: cmath.exp(1000))
show("exp big imag", lambda: cmath.exp(complex(1, 1e308)))
show("cosh overflow", lambda: cmath.cosh(1000 + 1j))
show("sinh overflow", lambda: cmath.sinh(-800 + 0.5j))
show("cos overflow", lambda: cmath.cos(1000j))
show("tanh large", lambda: cmath.tanh(1000 + 1j))
show("sqrt huge", lambda: cmath.sqrt(complex(1e308, 1e308)))
show("log huge", lambda: cmath.log(complex(1e308, -1e308)))
show("acos huge", lambda: cmath.acos(complex(1e308, 1e308)))
show("asinh huge", lambda: cmath.asinh(complex(-1e308, 1e-5)))
show("atanh huge", lambda: cmath.atanh(complex(1e200, -1e200)))
show("tiny sqrt", lambda: cmath.sqrt(complex(1e-310, 1e-310)))
show("tiny log", lambda: cmath.log(complex(5e-324, 0)))
show("isclose", lambda: cmath.isclose(1 + 1j, 1 + 1.0000000001j))
show("isclose far", lambda: cmath.isclose(1 + 1j, 1 + 1.001j))
show("isclose rel", lambda: cmath.isclose(1 + 1j, 1 + 1.001j, rel_tol=0.01))
show("isclose abs", lambda: cmath.isclose(0j, 1e-10j, abs_tol=1e-9))
show("isclose inf", lambda: cmath.isclose(complex(float("inf"), 0), complex(float("inf"), 0)))
show("isclose inf other", lambda: cmath.isclose(complex(float("inf"), 0), 1e308))
show("isclose nan", lambda: cmath.isclose(cmath.nanj, cmath.nanj))
show("isclose negative tol", lambda: cmath.isclose(1, 1, rel_tol=-1))
show("isclose positional", lambda: cmath.isclose(1, 1, 0.5))
show("sum of roots", lambda: sum(cmath.exp(2j * cmath.pi * k / 5) for k in range(5)))
show("isclose one", lambda: cmath.isclose(1))
show("isclose b only", lambda: cmath.isclose(b=1))
show("isclose keywords", lambda: cmath.isclose(a=1j, b=1j))
for name in ["sqrt", "phase", "polar", "isnan", "acosh"]:
    show(name + "()", lambda: getattr(cmath, name)())
    show(name + "(1, 2)", lambda: getattr(cmath, name)(1, 2))
    show(name + "(z=1)", lambda: getattr(cmath, name)(z=1))
show("rect(1)", lambda: cmath.rect(1))
show("log()", lambda: cmath.log())
show("log(1, 2, 3)", lambda: cmath.log(1, 2, 3))
