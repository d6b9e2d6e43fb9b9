cases = []


def attempt(label, fn):
    try:
        fn()
    except TypeError as e:
        print(label, "->", e)


def s_plus():
    s = "a"
    s += 1


def b_plus():
    b = b""
    b += "x"


def l_mul():
    lst = [1]
    lst *= 1.5


def none_pow():
    x = None
    x **= 2


def none_add():
    x = None
    x += 1


def t_plus():
    t = (1,)
    t += [2]


def int_mul_list():
    x = 3
    x *= [1]
    print("repeat works:", x)


def dict_or():
    d = {}
    d |= [1]


def set_sub():
    s = {1}
    s -= [1]


for name, fn in list(globals().items()):
    if callable(fn) and name not in ("attempt",):
        attempt(name, fn)
