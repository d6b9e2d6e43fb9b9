a = 1
b = [0, 1, 2, 3, 4, 5, 6]
d = {"k": 1, "j": 2}
del a
try:
    a
except NameError as e:
    print("NameError", e)
del b[0], b[-1]
print(b)
del b[1:3]
print(b)
del b[::2]
print(b)
del d["k"]
print(d)
try:
    del d["missing"]
except KeyError as e:
    print("KeyError", e)


class Obj:
    pass


o = Obj()
o.x = 1
o.y = 2
del o.x
print(hasattr(o, "x"), o.y)
try:
    del o.x
except AttributeError as e:
    print("AttributeError", e)
p, q = 1, 2
del (p, q)
try:
    print(p)
except NameError as e:
    print("NameError", e)
lst = [[1, 2], [3, 4]]
del lst[0][1]
print(lst)


def local_del():
    v = 5
    del v
    try:
        return v
    except UnboundLocalError as e:
        return f"UnboundLocalError {e}"


print(local_del())
try:
    del undefined_name
except NameError as e:
    print("NameError", e)
t = (1, 2)
try:
    del t[0]
except TypeError as e:
    print("TypeError", e)
s = "abc"
try:
    del s[0]
except TypeError as e:
    print("TypeError", e)
x1, x2 = 1, 2
del [x1, x2]
print("x1" in dir(), "x2" in dir())
for i in range(3):
    pass
del i
print("i" in dir())
