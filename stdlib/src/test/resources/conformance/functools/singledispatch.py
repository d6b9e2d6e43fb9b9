from functools import singledispatch
@singledispatch
def show(x):
    return 'obj ' + repr(x)
@show.register(int)
def _(x):
    return 'int ' + str(x)
def show_list(x):
    return 'list of ' + str(len(x))
show.register(list, show_list)
class Base:
    pass
class Derived(Base):
    pass
@show.register(Base)
def _(x):
    return 'base ' + type(x).__name__
print(show(1), show(True), show([1, 2]), show(1.5), show('s'))
print(show(Derived()), show.dispatch(bool) is show.registry[int], show.__name__)
try:
    show()
except TypeError as e:
    print(e)
