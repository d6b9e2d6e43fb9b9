# forwarding *args and **kwargs
def show(label, fn):
    try:
        print(label, "->", repr(fn()))
    except Exception as e:
        print(label, "!!", type(e).__name__ + ":", e)


def target(a, b=0, c=0):
    return a + b * 10 + c * 100


def wrapper(*args, **kwargs):
    return f"args={args} kwargs={kwargs}"


def forward_all(fn, *args, **kwargs):
    try:
        return fn(*args, **kwargs)
    except TypeError as e:
        return f"TypeError: {e}"


def merge_kwargs(**kwargs):
    defaults = {"a": 0, "b": 0}
    return {**defaults, **kwargs}


def star_in_middle(first, *middle, last=None):
    return first, middle, last


def call_with_dict(fn, d):
    return fn(**d)

show('wrapper(1, 2, c=3)', lambda: (wrapper(1, 2, c=3)))
show('wrapper()', lambda: (wrapper()))
show('forward_all(target, 1, b=2)', lambda: (forward_all(target, 1, b=2)))
show('forward_all(target, *[1, 2], **{"c": 9})', lambda: (forward_all(target, *[1, 2], **{"c": 9})))
show('forward_all(target)', lambda: (forward_all(target)))
show('merge_kwargs(a=1)', lambda: (merge_kwargs(a=1)))
show('merge_kwargs(a=1, extra=2)', lambda: (merge_kwargs(a=1, extra=2)))
show('star_in_middle(1, 2, 3, 4, 5)', lambda: (star_in_middle(1, 2, 3, 4, 5)))
show('call_with_dict(target, {"a": 1, "b": 2})', lambda: (call_with_dict(target, {"a": 1, "b": 2})))
