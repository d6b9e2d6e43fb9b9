def f():
    """Docstring only function."""
def g(x):
    """Docstring then body."""
    return x * 2
print(f(), g(4))
class K:
    """Class docstring."""
    def m(self):
        'method doc'
        return 'm'
print(K().m())
