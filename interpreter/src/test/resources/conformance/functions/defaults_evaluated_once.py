counter = 0
def make_default():
    global counter
    counter += 1
    return counter
def f(x=make_default()):
    return x
print(f(), f(), f(99), counter)
def append_to(item, target=[]):
    target.append(item)
    return target
print(append_to(1))
print(append_to(2))
print(append_to(3, []))
print(append_to(4))
