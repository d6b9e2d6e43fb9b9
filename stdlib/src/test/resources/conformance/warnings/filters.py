import io
import sys
import warnings

print(warnings.formatwarning("m", UserWarning, "f.py", 3), end="")
print(repr(warnings.formatwarning("m", UserWarning, "f.py", 3, "  line here ")))
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter("always")
    warnings.warn("x", DeprecationWarning)
    warnings.warn("plain")
    warnings.warn(RuntimeWarning("as instance"))
    print(len(w), [(m.category.__name__, str(m.message)) for m in w], type(w[0].message).__name__)
with warnings.catch_warnings():
    warnings.simplefilter("error")
    try:
        warnings.warn("boom", FutureWarning)
    except FutureWarning as e:
        print("raised", type(e).__name__, e)
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter("ignore")
    warnings.warn("hidden")
    print(len(w))
with warnings.catch_warnings(record=True) as w:
    warnings.resetwarnings()
    warnings.filterwarnings("ignore", message="skip.*")
    warnings.filterwarnings("always", category=UserWarning)
    warnings.warn("skip me")
    warnings.warn("show me")
    warnings.warn("show me")
    print([str(m.message) for m in w])
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter("once")
    for _ in range(3):
        warnings.warn("once only")
    print(len(w))
for bad in (lambda: warnings.simplefilter("loud"), lambda: warnings.warn("x", int),
            lambda: warnings.filterwarnings("ignore", lineno=-1)):
    try:
        bad()
    except (AssertionError, TypeError) as e:
        print(type(e).__name__, e)
buf = io.StringIO()
warnings.showwarning("to a file", UserWarning, "prog.py", 7, file=buf)
print(repr(buf.getvalue()))
print(warnings.catch_warnings(record=True))
