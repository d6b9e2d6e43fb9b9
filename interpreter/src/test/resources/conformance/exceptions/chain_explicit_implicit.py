class ConfigError(Exception):
    pass

def load(text):
    try:
        return int(text)
    except ValueError as e:
        raise ConfigError(f"bad value {text!r}") from e

def load_implicit(text):
    try:
        return int(text)
    except ValueError:
        raise ConfigError("implicit")

for fn in (load, load_implicit):
    try:
        fn("x1")
    except ConfigError as e:
        print(type(e).__name__, e)
        print("  cause:", type(e.__cause__).__name__ if e.__cause__ else None, e.__cause__)
        print("  context:", type(e.__context__).__name__, e.__context__)
        print("  suppress:", e.__suppress_context__)
def layered():
    try:
        try:
            {}["k"]
        except KeyError as e1:
            raise ValueError("middle") from e1
    except ValueError as e2:
        raise RuntimeError("top")
try:
    layered()
except RuntimeError as e:
    chain = []
    cur = e
    while cur is not None:
        chain.append(f"{type(cur).__name__}({cur})")
        cur = cur.__cause__ or cur.__context__
    print(" <- ".join(chain))
try:
    raise ValueError("x") from 42
except TypeError as e:
    print(type(e).__name__, e)
