from contextlib import ExitStack

seen = []

def recorder(name, ret=False):
    def f(typ, val, tb):
        seen.append((name, typ.__name__ if typ else None, str(val) if val else None))
        return ret
    return f

try:
    with ExitStack() as st:
        st.push(recorder("outer"))
        st.push(recorder("middle", ret=True))
        st.push(recorder("inner"))
        raise ValueError("v1")
except ValueError:
    seen.append("escaped")
for s in seen:
    print(s)

seen.clear()
st = ExitStack()
st.push(recorder("a"))
print(st.__exit__(None, None, None))
st.push(recorder("b", ret=True))
print(st.__exit__(ValueError, ValueError("x"), None))
st.push(recorder("c", ret=True))
print(st.__exit__(None, None, None))
print(seen)
