def v(x):
    print('default evaluated', x)
    return x
print('before def')
def f(a=v('A'), b=v('B')):
    return a + b
print('after def')
print(f(), f('x'), f())
