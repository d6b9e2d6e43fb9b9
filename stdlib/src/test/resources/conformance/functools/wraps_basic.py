from functools import wraps, update_wrapper
def deco(fn):
    @wraps(fn)
    def wrapper(*a, **k):
        "wrapper doc"
        print('calling', fn.__name__)
        return fn(*a, **k)
    return wrapper
@deco
def hello(x):
    "hello doc"
    return x * 2
print(hello.__name__, hello.__doc__, hello.__qualname__, hello.__wrapped__.__name__, hello(3))
def a():
    pass
a.extra = 'yes'
def b():
    "b doc"
update_wrapper(b, a)
print(b.__name__, b.__doc__, b.extra, b.__wrapped__ is a)
