# instance versus class state
def show(label, fn):
    try:
        print(label, "->", repr(fn()))
    except Exception as e:
        print(label, "!!", type(e).__name__ + ":", e)


class Counter:
    total = 0

    def __init__(self):
        self.count = 0

    def hit(self):
        self.count += 1
        Counter.total += 1
        return self


def counter_demo():
    a, b = Counter(), Counter()
    a.hit().hit()
    b.hit()
    return a.count, b.count, Counter.total


class Bag:
    items = []

    def add(self, x):
        self.items.append(x)


class SafeBag:
    def __init__(self):
        self.items = []

    def add(self, x):
        self.items.append(x)


def mutable_class_attr_pitfall():
    a, b = Bag(), Bag()
    a.add(1)
    c, d = SafeBag(), SafeBag()
    c.add(1)
    return b.items, d.items


def instance_dict_keys():
    c = Counter()
    c.extra = "x"
    return sorted(vars(c))


def class_dict_has_methods():
    return sorted(k for k in vars(Counter) if not k.startswith("__"))

show('counter_demo()', lambda: (counter_demo()))
show('mutable_class_attr_pitfall()', lambda: (mutable_class_attr_pitfall()))
show('instance_dict_keys()', lambda: (instance_dict_keys()))
show('class_dict_has_methods()', lambda: (class_dict_has_methods()))
