# str() of NameError/AttributeError never carries the "Did you mean" hint;
# name and obj are set by the failing lookup, or by the constructor keywords.
def show(e):
    obj = getattr(e, 'obj', 'n/a')
    if not isinstance(obj, (int, str, type(None))):
        obj = type(obj).__name__
    print(type(e).__name__, '|', e, '|', repr(e.name), '|', obj, '|', e.args)


try:
    lenn
except NameError as e:
    show(e)

try:
    del undefined_global
except NameError as e:
    show(e)


class Holder:
    def __init__(self):
        self.value = 1


try:
    Holder().valeu
except AttributeError as e:
    show(e)

try:
    Holder.valeu
except AttributeError as e:
    print(e, e.name, e.obj is Holder)

try:
    (5).bitlength
except AttributeError as e:
    show(e)

try:
    getattr([], 'apend')
except AttributeError as e:
    show(e)


class Hooked:
    value = 1

    def __getattr__(self, name):
        raise AttributeError(name)


try:
    Hooked().valeu
except AttributeError as e:
    show(e)


class Prop:
    @property
    def broken(self):
        raise AttributeError('custom message')

    @property
    def inner(self):
        return self.missing_inner


try:
    Prop().broken
except AttributeError as e:
    show(e)

try:
    Prop().inner
except AttributeError as e:
    show(e)

try:
    setattr(1, 'x', 2)
except AttributeError as e:
    show(e)

show(NameError('m', name='x'))
show(AttributeError('m', name='x', obj=5))
show(AttributeError('plain'))
show(NameError())
e = NameError('m')
e.name = 'changed'
show(e)


def outer():
    def inner():
        return later

    try:
        inner()
    except NameError as e:
        show(e)
    later = 1
    try:
        del later
        print(later)
    except NameError as e:
        print(type(e).__name__, repr(e.name))


outer()
